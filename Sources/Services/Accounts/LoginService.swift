import Domain
import Foundation
import Persistence

/// Signs people in and out, and recognises the session behind a cookie.
public struct LoginService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// A session just opened: the secret cookie token and the account it belongs to.
    public struct OpenedSession: Sendable {
        public let token: String
        public let account: AccountSummary
        public let csrfToken: String
    }

    /// Checks the e-mail and password; on success opens a new session (a new token: sessions rotate at login).
    public func login(email rawEmail: String, password: String) async throws -> OpenedSession {
        var errors = FieldErrors()
        let email = EmailAddress.normalise(rawEmail)
        if email == nil { errors.add("email", "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.") }
        if password.isEmpty { errors.add("password", "Saisissez votre mot de passe.") }
        guard let email, errors.isEmpty else { throw DomainError.invalid(errors) }

        let hasher = PasswordHasher(cost: environment.security.bcryptCost)
        let credentials = try await environment.database.read { sql in
            try await AccountRecords.credentials(email: email, in: sql)
        }
        let matches = hasher.verify(password, hash: credentials?.passwordHash ?? PasswordHasher.decoy)
        guard let credentials, matches, credentials.active else {
            var failure = FieldErrors()
            failure.add("password", "Adresse e-mail ou mot de passe incorrect.")
            throw DomainError.invalid(failure)
        }
        let token = environment.ids.makeToken(byteCount: 32)
        let csrfToken = environment.ids.makeToken(byteCount: 24)
        let now = environment.time.now()
        let expiresAt = now.addingTimeInterval(environment.security.sessionAbsoluteTimeout.timeInterval)
        try await environment.database.write { sql in
            try await SessionRecords.insert(
                tokenHash: TokenHash.of(token),
                accountID: credentials.account.id,
                csrfToken: csrfToken,
                now: now,
                expiresAt: expiresAt,
                in: sql
            )
        }
        return OpenedSession(token: token, account: credentials.account, csrfToken: csrfToken)
    }

    /// The live session behind a cookie token, or nil when it is unknown, idle too long or past its end.
    public func session(token: String) async throws -> StoredSession? {
        let hash = TokenHash.of(token)
        let now = environment.time.now()
        guard
            let session = try await environment.database.read({ try await SessionRecords.find(tokenHash: hash, in: $0) }
            )
        else { return nil }
        let idleLimit = session.lastSeenAt.addingTimeInterval(environment.security.sessionIdleTimeout.timeInterval)
        if now >= session.expiresAt || now >= idleLimit {
            try await environment.database.write { try await SessionRecords.delete(tokenHash: hash, in: $0) }
            return nil
        }
        // Writing on every request would serialise reads behind the single SQLite writer; a minute's precision is enough.
        if now.timeIntervalSince(session.lastSeenAt) >= 60 {
            try await environment.database.write { try await SessionRecords.touch(tokenHash: hash, now: now, in: $0) }
        }
        return session
    }

    /// Ends the session behind a cookie token.
    public func logout(token: String) async throws {
        try await environment.database.write { try await SessionRecords.delete(tokenHash: TokenHash.of(token), in: $0) }
    }
}
