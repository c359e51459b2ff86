import Foundation
import SQLKit

/// SQL for the secrets the platform generates once and every instance shares.
public enum PlatformSecretRecords {
    /// The stored value of a secret, or nil when it was never created.
    public static func value(named name: String, in sql: any SQLDatabase) async throws -> String? {
        try await sql.raw("SELECT value FROM platform_secrets WHERE name = \(bind: name)").first()?
            .decode(column: "value", as: String.self)
    }

    /// Stores a secret unless one of that name exists; another instance may have won the race, so read it back.
    public static func insertIfAbsent(
        name: String,
        value: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        // `ON CONFLICT … DO NOTHING` reads the same on SQLite (3.24+) and PostgreSQL, and never fails on a duplicate.
        try await sql.raw(
            """
            INSERT INTO platform_secrets (name, value, created_at)
            VALUES (\(bind: name), \(bind: value), \(bind: Timestamp.format(now)))
            ON CONFLICT (name) DO NOTHING
            """
        ).run()
    }
}
