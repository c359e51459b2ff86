import Domain
import Foundation
import Persistence
import SQLKit

/// How a person gets into their space: the code alone once, to choose a passphrase or a PIN; then the code with it.
/// Failures are counted per code and per address like agents' logins (`login_failures`, same limits), and every
/// refusal of a code says the same thing whether the code exists or not.
public struct NewcomerSignInService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// Checks the code of a letter; when it is valid, unused and unexpired, opens a session that may only choose the
    /// secret. Wrong, expired, used and closed codes are refused alike.
    public func checkCode(typed: String, address: String) async throws -> OpenedSpaceSession {
        guard let code = AccessCode(typed: typed) else { throw SpaceFormProblems("code", .codeFormat) }
        let hash = TokenHash.of(code.symbols)
        let now = environment.time.now()
        try await reserveAttempt(codeHash: hash, address: address)
        let opened = try await environment.database.write { sql -> OpenedSpaceSession? in
            // The code names the person; the access is read again once their household is locked, so that a
            // concurrent activation or reopening is seen.
            guard let named = try await NewcomerAccessRecords.access(codeHash: hash, in: sql),
                try await lockOpenHousehold(personID: named.personID, in: sql),
                let access = try await NewcomerAccessRecords.access(codeHash: hash, in: sql),
                access.activatedAt == nil, access.closedAt == nil, now < access.codeExpiresAt
            else { return nil }
            try await LoginFailureRecords.clearAccount(email: Self.throttleKey(hash), in: sql)
            return try await openSession(for: access, stage: .activation, now: now, in: sql)
        }
        // A refused code stays counted: its attempt was recorded before the code was read.
        guard let opened else { throw SpaceFormProblems("code", .codeRefused) }
        return opened
    }

    /// Records the passphrase or PIN chosen in an activation session; the code alone no longer opens the space.
    /// Returns a new signed-in session (the activation session ends).
    public func chooseSecret(
        token: String,
        kind rawKind: String,
        secret: String,
        confirmation: String
    ) async throws -> OpenedSpaceSession {
        guard let kind = SpaceSecretKind(rawValue: rawKind) else { throw SpaceFormProblems("kind", .kindMissing) }
        let secret = SpaceSecret.normalised(secret)
        let confirmation = SpaceSecret.normalised(confirmation)
        if let problem = SpaceSecret.problem(kind: kind, secret: secret, confirmation: confirmation) {
            throw SpaceFormProblems(problem == .confirmationMismatch ? "confirmation" : "secret", problem)
        }
        // Hashing is slow on purpose: never inside the transaction.
        let hash = try await PasswordHasher(cost: environment.security.bcryptCost).hash(secret)
        let now = environment.time.now()
        let tokenHash = TokenHash.of(token)
        let opened = try await environment.database.write { sql -> OpenedSpaceSession? in
            // Locked first, then read: of two activation sessions racing, the second sees the first's secret.
            guard let named = try await NewcomerSessionRecords.find(tokenHash: tokenHash, in: sql),
                try await lockOpenHousehold(personID: named.personID, in: sql),
                let session = try await NewcomerSessionRecords.find(tokenHash: tokenHash, in: sql),
                session.stage == .activation, session.isOpen, now < session.expiresAt,
                let access = try await NewcomerAccessRecords.access(personID: session.personID, in: sql),
                access.activatedAt == nil, access.closedAt == nil, now < access.codeExpiresAt
            else { return nil }
            try await NewcomerAccessRecords.activate(
                personID: session.personID,
                kind: kind,
                secretHash: hash,
                at: now,
                in: sql
            )
            try await NewcomerSessionRecords.deleteAll(personID: session.personID, in: sql)
            try await audit(.spaceActivated, personID: session.personID, detail: kind.rawValue, in: sql)
            return try await openSession(for: access, stage: .complete, now: now, in: sql)
        }
        guard let opened else { throw SpaceFormProblems("code", .codeRefused) }
        return opened
    }

    /// Signs a person in with their code and their passphrase or PIN. A wrong pair is refused with one message; a
    /// right pair for a closed space says it is closed (only its holder can learn that).
    public func signIn(typed: String, secret: String, address: String) async throws -> OpenedSpaceSession {
        guard let code = AccessCode(typed: typed) else { throw SpaceFormProblems("code", .codeFormat) }
        guard !secret.isEmpty else { throw SpaceFormProblems("secret", .secretMissing) }
        let secret = SpaceSecret.normalised(secret)
        let hash = TokenHash.of(code.symbols)
        let now = environment.time.now()
        try await reserveAttempt(codeHash: hash, address: address)
        let access = try await environment.database.read {
            try await NewcomerAccessRecords.access(codeHash: hash, in: $0)
        }
        // The decoy keeps the time of an unknown code equal to a known one's.
        let stored = access?.activatedAt == nil ? nil : access?.secretHash
        // The hasher's decoy keeps the time of an unknown code equal to a known one's.
        let matches = try await PasswordHasher(cost: environment.security.bcryptCost).verify(secret, storedHash: stored)
        // A refused pair stays counted: its attempt was recorded before the secret was checked.
        guard let access, stored != nil, matches else { throw SpaceFormProblems("code", .signInRefused) }
        let opened = try await environment.database.write { sql -> OpenedSpaceSession? in
            // Read after the lock: a reopening committed meanwhile (new code and secret) refuses this sign-in.
            guard try await lockOpenHousehold(personID: access.personID, in: sql),
                let current = try await NewcomerAccessRecords.access(personID: access.personID, in: sql),
                current.secretHash == stored, current.closedAt == nil
            else { return nil }
            try await LoginFailureRecords.clearAccount(email: Self.throttleKey(hash), in: sql)
            try await audit(.spaceSignIn, personID: access.personID, detail: nil, in: sql)
            return try await openSession(for: current, stage: .complete, now: now, in: sql)
        }
        guard let opened else { throw SpaceFormProblems("code", .spaceClosed) }
        return opened
    }

    /// The live session behind a cookie token, or nil when it is unknown, idle 30 minutes, past its end, or its space
    /// closed (the session is then forgotten).
    public func session(token: String) async throws -> SpaceSession? {
        let hash = TokenHash.of(token)
        let now = environment.time.now()
        guard
            let found = try await environment.database.read({
                try await NewcomerSessionRecords.find(tokenHash: hash, in: $0)
            })
        else { return nil }
        let idleLimit = found.lastSeenAt.addingTimeInterval(Double(NewcomerSpaceRule.idleMinutes * 60))
        if now >= found.expiresAt || now >= idleLimit || !found.isOpen {
            try await environment.database.write { try await NewcomerSessionRecords.delete(tokenHash: hash, in: $0) }
            return nil
        }
        if now.timeIntervalSince(found.lastSeenAt) >= 60 {
            try await environment.database.write {
                try await NewcomerSessionRecords.touch(tokenHash: hash, now: now, in: $0)
            }
        }
        return SpaceSession(
            personID: found.personID,
            householdID: found.householdID,
            csrfToken: found.csrfToken,
            stage: found.stage,
            language: found.language
        )
    }

    /// Ends the session behind a cookie token.
    public func signOut(token: String, session: SpaceSession) async throws {
        try await environment.database.write { sql in
            try await NewcomerSessionRecords.delete(tokenHash: TokenHash.of(token), in: sql)
            try await audit(.spaceSignOut, personID: session.personID, detail: nil, in: sql)
        }
    }

    /// Remembers the language a signed-in person chose.
    public func setLanguage(_ language: SpaceLanguage, session: SpaceSession) async throws {
        guard language != session.language else { return }
        try await environment.database.write { sql in
            try await NewcomerAccessRecords.setLanguage(language, personID: session.personID, in: sql)
            try await audit(.spaceLanguage, personID: session.personID, detail: language.rawValue, in: sql)
        }
    }

    /// Locks the household of a person (on PostgreSQL) and tells whether it keeps its spaces open.
    func lockOpenHousehold(personID: String, in sql: any SQLDatabase) async throws -> Bool {
        let household = try await NewcomerAccessRecords.lockHousehold(
            personID: personID,
            in: sql
        )
        return household?.isOpen == true
    }

    func openSession(
        for access: StoredAccess,
        stage: SpaceSessionStage,
        now: Date,
        in sql: any SQLDatabase
    ) async throws -> OpenedSpaceSession {
        let token = environment.ids.makeToken(byteCount: 32)
        let csrf = environment.ids.makeToken(byteCount: 24)
        // An activation session only lasts long enough to choose the secret.
        let lifetime = stage == .activation ? 15 * 60 : NewcomerSpaceRule.absoluteHours * 3_600
        try await NewcomerSessionRecords.insert(
            tokenHash: TokenHash.of(token),
            personID: access.personID,
            csrfToken: csrf,
            stage: stage,
            now: now,
            expiresAt: now.addingTimeInterval(Double(lifetime)),
            in: sql
        )
        let session = SpaceSession(
            personID: access.personID,
            householdID: access.householdID,
            csrfToken: csrf,
            stage: stage,
            language: access.language
        )
        return OpenedSpaceSession(token: token, session: session)
    }

    /// The throttling key of a code in `login_failures` (agents' rows hold e-mail addresses, which have an "@").
    static func throttleKey(_ codeHash: String) -> String { "espace:" + codeHash }

    /// Counts an attempt on a code before it is read, under the limits of agents' logins (`LoginThrottle`), or
    /// refuses it when the code or the address has failed too often.
    func reserveAttempt(codeHash: String, address: String) async throws {
        do {
            _ = try await LoginAttempts(environment: environment).reserve(
                email: Self.throttleKey(codeHash),
                address: address
            )
        } catch DomainError.throttled {
            throw SpaceFormProblems("code", .tooManyTries)
        }
    }

    func audit(_ action: AuditAction, personID: String, detail: String?, in sql: any SQLDatabase) async throws {
        let entry = AuditEntry(
            actor: nil,
            action: action.rawValue,
            recordType: "espace",
            recordID: personID,
            personID: personID,
            changes: detail.map { [AuditChange("detail", before: nil, after: $0)] } ?? []
        )
        try await environment.appendAudit(entry, in: sql)
    }
}
