import Domain
import Foundation
import SQLKit

/// A signed-in session as stored: the account, its CSRF token and its times.
public struct StoredSession: Sendable {
    public let account: AccountSummary
    public let csrfToken: String
    public let lastSeenAt: Date
    public let expiresAt: Date
    /// Where the login stands: complete, waiting for the second factor, or obliged to enrol one.
    public let stage: SessionStage
    /// The account's password was chosen by someone else: it must be changed before anything else.
    public let passwordTemporary: Bool
}

/// The stages of a login.
public enum SessionStage: String, Sendable {
    /// Signed in.
    case complete
    /// The password was right; the TOTP or recovery code is still to come.
    case secondFactor = "second_factor"
    /// Signed in, but the role requires two-factor authentication and the account must enrol before anything else.
    case enrolment
}

/// SQL for the `sessions` table; sessions are found by the SHA-256 of their cookie token, never the token itself.
public enum SessionRecords {
    /// Records a new session.
    public static func insert(
        tokenHash: String,
        accountID: String,
        csrfToken: String,
        now: Date,
        expiresAt: Date,
        stage: SessionStage = .complete,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO sessions (token_hash, account_id, csrf_token, created_at, last_seen_at, expires_at, stage)
            VALUES (\(bind: tokenHash), \(bind: accountID), \(bind: csrfToken), \(bind: Timestamp.format(now)),
                    \(bind: Timestamp.format(now)), \(bind: Timestamp.format(expiresAt)), \(bind: stage.rawValue))
            """
        ).run()
    }

    /// The session with this token hash, if its account is still active.
    public static func find(tokenHash: String, in sql: any SQLDatabase) async throws -> StoredSession? {
        guard
            let row = try await sql.raw(
                """
                SELECT s.csrf_token, s.last_seen_at, s.expires_at, s.stage, a.password_temporary,
                       a.id, a.email, a.display_name, a.role, a.scope,
                       o.id AS organisation_id, o.name AS organisation_name
                FROM sessions s
                JOIN accounts a ON a.id = s.account_id
                JOIN organisations o ON o.id = a.organisation_id
                WHERE s.token_hash = \(bind: tokenHash) AND a.active = \(bind: true)
                """
            ).first()
        else { return nil }
        return StoredSession(
            account: try AccountRecords.summary(row),
            csrfToken: try row.decode(column: "csrf_token", as: String.self),
            lastSeenAt: Timestamp.parse(try row.decode(column: "last_seen_at", as: String.self)) ?? .distantPast,
            expiresAt: Timestamp.parse(try row.decode(column: "expires_at", as: String.self)) ?? .distantPast,
            stage: SessionStage(rawValue: try row.decode(column: "stage", as: String.self)) ?? .secondFactor,
            passwordTemporary: try row.decode(column: "password_temporary", as: Bool.self)
        )
    }

    /// Marks a session as used now.
    public static func touch(tokenHash: String, now: Date, in sql: any SQLDatabase) async throws {
        try await sql.raw(
            "UPDATE sessions SET last_seen_at = \(bind: Timestamp.format(now)) WHERE token_hash = \(bind: tokenHash)"
        ).run()
    }

    /// Moves a session to another stage of the login.
    public static func setStage(_ stage: SessionStage, tokenHash: String, in sql: any SQLDatabase) async throws {
        try await sql.raw("UPDATE sessions SET stage = \(bind: stage.rawValue) WHERE token_hash = \(bind: tokenHash)")
            .run()
    }

    /// Lets an account's sessions that were held at enrolment through, once it has enrolled.
    public static func promoteEnrolments(accountID: String, in sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            UPDATE sessions SET stage = \(bind: SessionStage.complete.rawValue)
            WHERE account_id = \(bind: accountID) AND stage = \(bind: SessionStage.enrolment.rawValue)
            """
        ).run()
    }

    /// Ends every other session of an account (after it changed its own password).
    public static func deleteOthers(accountID: String, keeping tokenHash: String, in sql: any SQLDatabase) async throws
    {
        try await sql.raw(
            "DELETE FROM sessions WHERE account_id = \(bind: accountID) AND token_hash <> \(bind: tokenHash)"
        ).run()
    }

    /// Ends one session.
    public static func delete(tokenHash: String, in sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM sessions WHERE token_hash = \(bind: tokenHash)").run()
    }

    /// Ends every session of an account (after a password change or deactivation).
    public static func deleteAll(accountID: String, in sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM sessions WHERE account_id = \(bind: accountID)").run()
    }
}
