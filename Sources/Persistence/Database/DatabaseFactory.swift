import Logging

/// Opens the database a URL names.
public enum DatabaseFactory {
    /// Opens a SQLite file or a private in-memory SQLite database, or prepares a PostgreSQL pool; the pool connects
    /// when the database's `run()` runs (a service of the server's lifecycle, or `with` for a command).
    public static func open(_ url: DatabaseURL, logger: Logger) async throws -> any Database {
        switch url {
        case .sqliteFile(let path): try await SQLiteStore.open(path: path, logger: logger)
        case .sqliteMemory: try await SQLiteStore.open(path: nil, logger: logger)
        case .postgres(let url): try await PostgresStore.make(url: url, logger: logger)
        }
    }

    /// Opens the database at `url` and runs `body` while it runs (PostgreSQL's pool answers only then), then closes it.
    public static func using<T>(
        _ url: DatabaseURL,
        logger: Logger,
        _ body: (any Database) async throws -> T
    ) async throws -> T {
        try await with(try await open(url, logger: logger), body)
    }

    /// Runs `body` with a database that runs for exactly as long (structured: no task outlives it), then closes it.
    public static func with<T>(
        _ database: any Database,
        _ body: (any Database) async throws -> T
    ) async throws -> T {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await database.run() }
            // Lets the pool start before the first connection is asked for (PostgresNIO warns otherwise).
            await Task.yield()
            do {
                let result = try await body(database)
                group.cancelAll()
                await database.close()
                return result
            } catch {
                group.cancelAll()
                await database.close()
                throw error
            }
        }
    }
}
