import Foundation
import SQLKit

/// An account's two-factor state as stored.
public struct SecondFactorState: Sendable, Equatable {
    public let secret: String?
    public let pendingSecret: String?
    public let lastStep: Int?
}

/// SQL for TOTP secrets and recovery codes.
public enum SecondFactorRecords {
    /// The two-factor state of an account.
    public static func state(accountID: String, in sql: any SQLDatabase) async throws -> SecondFactorState {
        let row = try await sql.raw(
            "SELECT totp_secret, totp_pending_secret, totp_last_step FROM accounts WHERE id = \(bind: accountID)"
        ).first()
        return SecondFactorState(
            secret: try row?.decode(column: "totp_secret", as: String?.self),
            pendingSecret: try row?.decode(column: "totp_pending_secret", as: String?.self),
            lastStep: try row?.decode(column: "totp_last_step", as: Int?.self)
        )
    }

    /// Keeps a secret being enrolled until its first code is confirmed.
    public static func setPending(_ secret: String?, accountID: String, in sql: any SQLDatabase) async throws {
        try await sql.raw("UPDATE accounts SET totp_pending_secret = \(bind: secret) WHERE id = \(bind: accountID)")
            .run()
    }

    /// Turns two-factor authentication on with `secret`, or off with nil.
    public static func setSecret(
        _ secret: String?,
        at now: Date,
        accountID: String,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            UPDATE accounts SET totp_secret = \(bind: secret), totp_pending_secret = NULL, totp_last_step = NULL,
                totp_enabled_at = \(bind: secret == nil ? nil : Timestamp.format(now))
            WHERE id = \(bind: accountID)
            """
        ).run()
    }

    /// Records the time step of the last accepted code, so that a code is never accepted twice.
    public static func setLastStep(_ step: Int, accountID: String, in sql: any SQLDatabase) async throws {
        try await sql.raw("UPDATE accounts SET totp_last_step = \(bind: step) WHERE id = \(bind: accountID)").run()
    }

    /// Replaces an account's recovery codes (stored as hashes).
    public static func replaceRecoveryCodes(_ hashes: [String], accountID: String, in sql: any SQLDatabase) async throws
    {
        try await sql.raw("DELETE FROM recovery_codes WHERE account_id = \(bind: accountID)").run()
        for hash in hashes {
            try await sql.raw(
                "INSERT INTO recovery_codes (account_id, code_hash) VALUES (\(bind: accountID), \(bind: hash))"
            ).run()
        }
    }

    /// Marks an unused recovery code as used; false when there is no such unused code.
    public static func consumeRecoveryCode(
        hash: String,
        accountID: String,
        at now: Date,
        in sql: any SQLDatabase
    )
        async throws -> Bool
    {
        let row = try await sql.raw(
            """
            SELECT code_hash FROM recovery_codes
            WHERE account_id = \(bind: accountID) AND code_hash = \(bind: hash) AND used_at IS NULL
            """
        ).first()
        guard row != nil else { return false }
        try await sql.raw(
            """
            UPDATE recovery_codes SET used_at = \(bind: Timestamp.format(now))
            WHERE account_id = \(bind: accountID) AND code_hash = \(bind: hash)
            """
        ).run()
        return true
    }

    /// How many recovery codes remain unused.
    public static func remainingRecoveryCodes(accountID: String, in sql: any SQLDatabase) async throws -> Int {
        try await sql.raw(
            "SELECT COUNT(*) AS n FROM recovery_codes WHERE account_id = \(bind: accountID) AND used_at IS NULL"
        ).first()?.decode(column: "n", as: Int.self) ?? 0
    }
}
