import Domain
import Foundation
import Persistence
import SQLKit

/// Signs people in and out, and recognises the session behind a cookie.
public struct LoginService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// A session just opened: the secret cookie token, the account, and where the login stands.
    public struct OpenedSession: Sendable {
        public let token: String
        public let account: AccountSummary
        public let csrfToken: String
        public let stage: SessionStage
    }

    /// After this many failures for one account within the window, its logins are refused until the window passes.
    public static let failuresPerAccount = LoginThrottle.failuresPerAccount
    /// After this many failures from one address within the window, logins from it are refused.
    public static let failuresPerAddress = LoginThrottle.failuresPerAddress
    /// The throttling window.
    public static let throttleWindow = LoginThrottle.window

    /// Checks the e-mail and password; on success opens a new session (a new token: sessions rotate at login),
    /// which waits for the second factor when the account has one, or for enrolment when its role requires one.
    /// The attempt is counted before the password is read, and refused when the account or the address has failed
    /// too often; a failure is audited.
    public func login(
        email rawEmail: String,
        password: String,
        address: String = "inconnue"
    ) async throws
        -> OpenedSession
    {
        var errors = FieldErrors()
        let email = EmailAddress.normalise(rawEmail)
        if email == nil { errors.add("email", "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.") }
        if password.isEmpty { errors.add("password", "Saisissez votre mot de passe.") }
        guard let email, errors.isEmpty else { throw DomainError.invalid(errors) }

        let attempts = LoginAttempts(environment: environment)
        let attempt = try await attempts.reserve(email: email, address: address)
        let credentials = try await environment.database.read { sql in
            try await AccountRecords.credentials(email: email, in: sql)
        }
        let hasher = PasswordHasher(cost: environment.security.bcryptCost)
        let matches = try await hasher.verify(password, storedHash: credentials?.passwordHash)
        guard let credentials, matches, credentials.active else {
            let failure: LoginAttempts.Failure =
                credentials == nil ? .unknownEmail : (matches ? .inactiveAccount : .wrongPassword)
            try await attempts.failed(failure, account: credentials?.account, address: address)
            var failed = FieldErrors()
            failed.add("password", "Adresse e-mail ou mot de passe incorrect.")
            throw DomainError.invalid(failed)
        }
        let account = credentials.account
        let now = environment.time.now()
        let token = environment.ids.makeToken(byteCount: 32)
        let csrfToken = environment.ids.makeToken(byteCount: 24)
        let expiresAt = now.addingTimeInterval(environment.security.sessionAbsoluteTimeout.timeInterval)
        let stage = try await environment.database.write { sql in
            let hasSecondFactor = try await SecondFactorRecords.state(accountID: account.id, in: sql).secret != nil
            let stage: SessionStage =
                if hasSecondFactor {
                    .secondFactor
                } else if environment.security.requiresSecondFactor(account.role) {
                    .enrolment
                } else {
                    .complete
                }
            try await SessionRecords.insert(
                tokenHash: TokenHash.of(token),
                accountID: account.id,
                csrfToken: csrfToken,
                now: now,
                expiresAt: expiresAt,
                stage: stage,
                in: sql
            )
            // The password was right: this attempt was no failure. The account's count is cleared only once the
            // second factor, if any, is right too.
            try await LoginFailureRecords.forget(id: attempt, in: sql)
            if stage != .secondFactor {
                try await LoginFailureRecords.clearAccount(email: email, in: sql)
                try await auditLogin(account, now: now, in: sql)
            }
            return stage
        }
        return OpenedSession(token: token, account: account, csrfToken: csrfToken, stage: stage)
    }

    /// The live session behind a cookie token, or nil when it is unknown, idle too long or past its end.
    public func session(token: String) async throws -> StoredSession? {
        let hash = TokenHash.of(token)
        let now = environment.time.now()
        let found = try await environment.database.read { try await SessionRecords.find(tokenHash: hash, in: $0) }
        guard let session = found else { return nil }
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
    public func logout(token: String, account: AccountSummary?) async throws {
        try await environment.database.write { sql in
            try await SessionRecords.delete(tokenHash: TokenHash.of(token), in: sql)
            if let account {
                let entry = AuditEntry(
                    actor: account,
                    action: AuditAction.logout.rawValue,
                    recordType: "compte",
                    recordID: account.id
                )
                try await environment.appendAudit(entry, in: sql)
            }
        }
    }

    func auditLogin(_ account: AccountSummary, now: Date, in sql: any SQLDatabase) async throws {
        let entry = AuditEntry(
            actor: account,
            action: AuditAction.login.rawValue,
            recordType: "compte",
            recordID: account.id
        )
        try await environment.appendAudit(entry, at: now, in: sql)
    }
}
