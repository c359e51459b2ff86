import Domain
import Foundation
import SQLKit

/// A signed-in session as stored: the account, its CSRF token and its times.
public struct StoredSession: Sendable {
    public let account: AccountSummary
    public let csrfToken: String
    public let lastSeenAt: Date
    public let expiresAt: Date
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
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO sessions (token_hash, account_id, csrf_token, created_at, last_seen_at, expires_at)
            VALUES (\(bind: tokenHash), \(bind: accountID), \(bind: csrfToken), \(bind: Timestamp.format(now)),
                    \(bind: Timestamp.format(now)), \(bind: Timestamp.format(expiresAt)))
            """
        ).run()
    }

    /// The session with this token hash, if its account is still active.
    public static func find(tokenHash: String, in sql: any SQLDatabase) async throws -> StoredSession? {
        guard
            let row = try await sql.raw(
                """
                SELECT s.csrf_token, s.last_seen_at, s.expires_at,
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
            expiresAt: Timestamp.parse(try row.decode(column: "expires_at", as: String.self)) ?? .distantPast
        )
    }

    /// Marks a session as used now.
    public static func touch(tokenHash: String, now: Date, in sql: any SQLDatabase) async throws {
        try await sql.raw(
            "UPDATE sessions SET last_seen_at = \(bind: Timestamp.format(now)) WHERE token_hash = \(bind: tokenHash)"
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
