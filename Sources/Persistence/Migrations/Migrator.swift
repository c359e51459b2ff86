import Foundation
import SQLKit

/// Applies pending migrations, each in its own transaction, recording them in `schema_migrations`.
public struct Migrator: Sendable {
    let database: any Database
    let migrations: [Migration]

    public init(database: any Database, migrations: [Migration] = MigrationList.all) {
        self.database = database
        self.migrations = migrations
    }

    /// The numbers of the migrations already applied.
    public func appliedNumbers() async throws -> Set<Int> {
        try await ensureTable()
        let rows = try await database.read { sql in
            try await sql.raw("SELECT number FROM schema_migrations").all()
        }
        return Set(try rows.map { try $0.decode(column: "number", as: Int.self) })
    }

    /// Applies every pending migration and returns those it applied, in order.
    @discardableResult
    public func migrate(now: Date = Date()) async throws -> [Migration] {
        try await ensureTable()
        var applied: [Migration] = []
        for migration in migrations.sorted(by: { $0.number < $1.number }) {
            let didApply = try await database.write { sql in
                if database.kind == .postgres {
                    // Several instances may start together: one applies, the others wait and then skip.
                    try await sql.raw("SELECT pg_advisory_xact_lock(4242)").run()
                }
                let already = try await sql.raw(
                    "SELECT number FROM schema_migrations WHERE number = \(bind: migration.number)"
                ).first()
                if already != nil { return false }
                try await migration.apply(sql, database.kind)
                try await sql.raw(
                    """
                    INSERT INTO schema_migrations (number, name, applied_at)
                    VALUES (\(bind: migration.number), \(bind: migration.name), \(bind: Timestamp.format(now)))
                    """
                ).run()
                return true
            }
            if didApply { applied.append(migration) }
        }
        return applied
    }

    private func ensureTable() async throws {
        try await database.write { sql in
            if database.kind == .postgres {
                // Two instances creating the table at once would both pass IF NOT EXISTS and one would fail.
                try await sql.raw("SELECT pg_advisory_xact_lock(4242)").run()
            }
            try await sql.raw(
                """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)
                """
            ).run()
        }
    }
}
