import SQLKit

/// What a backup's manifest records and a restore checks: the tables, their row counts, the last migration.
public enum BackupQueries {
    /// Parcours's tables in the current database (SQLite) or schema (PostgreSQL), by name.
    public static func tables(kind: DatabaseKind, in sql: any SQLDatabase) async throws -> [String] {
        let query: SQLQueryString =
            kind == .postgres
            ? "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        return try await sql.raw(query).all().map { try $0.decode(column: "name", as: String.self) }
    }

    /// The number of rows of each table.
    public static func counts(of tables: [String], in sql: any SQLDatabase) async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in tables {
            counts[table] =
                try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()?.decode(
                    column: "n",
                    as: Int.self
                )
                ?? 0
        }
        return counts
    }

    /// The highest migration applied, or nil when the database has none.
    public static func lastMigration(in sql: any SQLDatabase) async throws -> Int? {
        try await sql.raw("SELECT MAX(number) AS n FROM schema_migrations").first()?.decode(column: "n", as: Int?.self)
    }
}
