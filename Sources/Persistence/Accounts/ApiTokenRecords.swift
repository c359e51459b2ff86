import Domain
import Foundation
import SQLKit

/// A personal API token as its owner sees it (never the token itself).
public struct ApiToken: Sendable, Equatable {
    public let id: String
    public let name: String
    public let createdAt: Date
    public let expiresAt: Date
    public let lastUsedAt: Date?
    public let revokedAt: Date?

    public init(id: String, name: String, createdAt: Date, expiresAt: Date, lastUsedAt: Date?, revokedAt: Date?) {
        self.id = id
        self.name = name
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.lastUsedAt = lastUsedAt
        self.revokedAt = revokedAt
    }

    /// Whether the token still opens the API at `now`.
    public func isUsable(at now: Date) -> Bool { revokedAt == nil && now < expiresAt }
}

/// SQL for `api_tokens`; tokens are found by the SHA-256 of their value.
public enum ApiTokenRecords {
    /// Records a new token.
    public static func insert(
        id: String,
        accountID: String,
        name: String,
        tokenHash: String,
        now: Date,
        expiresAt: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO api_tokens (id, account_id, name, token_hash, created_at, expires_at)
            VALUES (\(bind: id), \(bind: accountID), \(bind: name), \(bind: tokenHash), \(bind: Timestamp.format(now)),
                    \(bind: Timestamp.format(expiresAt)))
            """
        ).run()
    }

    /// An account's tokens, newest first.
    public static func list(accountID: String, in sql: any SQLDatabase) async throws -> [ApiToken] {
        try await sql.raw(
            """
            SELECT id, name, created_at, expires_at, last_used_at, revoked_at FROM api_tokens
            WHERE account_id = \(bind: accountID) ORDER BY created_at DESC, id
            """
        ).all().map(token)
    }

    /// Marks one of an account's tokens revoked; false when the account has no such token.
    public static func revoke(id: String, accountID: String, at now: Date, in sql: any SQLDatabase) async throws -> Bool
    {
        let row = try await sql.raw(
            "SELECT id FROM api_tokens WHERE id = \(bind: id) AND account_id = \(bind: accountID) AND revoked_at IS NULL"
        ).first()
        guard row != nil else { return false }
        try await sql.raw(
            "UPDATE api_tokens SET revoked_at = \(bind: Timestamp.format(now)) WHERE id = \(bind: id)"
        ).run()
        return true
    }

    /// Revokes every usable token of an account (after a password change or reset); returns how many.
    public static func revokeAll(accountID: String, at now: Date, in sql: any SQLDatabase) async throws -> Int {
        let count =
            try await sql.raw(
                "SELECT COUNT(*) AS n FROM api_tokens WHERE account_id = \(bind: accountID) AND revoked_at IS NULL"
            ).first()?.decode(column: "n", as: Int.self) ?? 0
        try await sql.raw(
            """
            UPDATE api_tokens SET revoked_at = \(bind: Timestamp.format(now))
            WHERE account_id = \(bind: accountID) AND revoked_at IS NULL
            """
        ).run()
        return count
    }

    /// The active account owning a usable token with this hash, and whether it has a second factor.
    public static func owner(
        tokenHash: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws
        -> (tokenID: String, account: AccountSummary, lastUsedAt: Date?, hasSecondFactor: Bool)?
    {
        guard
            let row = try await sql.raw(
                """
                SELECT t.id AS token_id, t.last_used_at, a.totp_secret, a.id, a.email, a.display_name, a.role, a.scope,
                       o.id AS organisation_id, o.name AS organisation_name
                FROM api_tokens t
                JOIN accounts a ON a.id = t.account_id
                JOIN organisations o ON o.id = a.organisation_id
                WHERE t.token_hash = \(bind: tokenHash) AND t.revoked_at IS NULL
                  AND t.expires_at > \(bind: Timestamp.format(now)) AND a.active = \(bind: true)
                """
            ).first()
        else { return nil }
        return (
            try row.decode(column: "token_id", as: String.self), try AccountRecords.summary(row),
            try row.decode(column: "last_used_at", as: String?.self).flatMap(Timestamp.parse),
            try row.decode(column: "totp_secret", as: String?.self) != nil
        )
    }

    /// Records that a token was used.
    public static func touch(id: String, at now: Date, in sql: any SQLDatabase) async throws {
        try await sql.raw("UPDATE api_tokens SET last_used_at = \(bind: Timestamp.format(now)) WHERE id = \(bind: id)")
            .run()
    }

    static func token(_ row: any SQLRow) throws -> ApiToken {
        ApiToken(
            id: try row.decode(column: "id", as: String.self),
            name: try row.decode(column: "name", as: String.self),
            createdAt: Timestamp.parse(try row.decode(column: "created_at", as: String.self)) ?? .distantPast,
            expiresAt: Timestamp.parse(try row.decode(column: "expires_at", as: String.self)) ?? .distantPast,
            lastUsedAt: try row.decode(column: "last_used_at", as: String?.self).flatMap(Timestamp.parse),
            revokedAt: try row.decode(column: "revoked_at", as: String?.self).flatMap(Timestamp.parse)
        )
    }
}
