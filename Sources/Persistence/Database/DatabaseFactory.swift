import Logging

/// Opens the database a URL names.
public enum DatabaseFactory {
    /// Opens a SQLite file, a private in-memory SQLite database, or a PostgreSQL pool.
    public static func open(_ url: DatabaseURL, logger: Logger) async throws -> any Database {
        switch url {
        case .sqliteFile(let path): try await SQLiteStore.open(path: path, logger: logger)
        case .sqliteMemory: try await SQLiteStore.open(path: nil, logger: logger)
        case .postgres(let url): try await PostgresStore.open(url: url, logger: logger)
        }
    }
}
