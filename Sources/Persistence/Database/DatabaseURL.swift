import Foundation

/// A database location given as one URL: `sqlite://PATH`, `sqlite::memory:` or `postgres://USER@HOST:PORT/DB`, the
/// last with `?sslmode=require|verify-ca|verify-full` and `&sslrootcert=CA.pem` for TLS (`PostgresLocation`).
public enum DatabaseURL: Sendable, Equatable {
    case sqliteFile(path: String)
    case sqliteMemory
    case postgres(url: String)

    /// Parses a URL, or returns a French message saying what is wrong with it.
    public static func parse(_ raw: String) -> Result<DatabaseURL, DatabaseURLError> {
        let value = raw.trimmingCharacters(in: .whitespaces)
        if value == "sqlite::memory:" || value == "sqlite://:memory:" { return .success(.sqliteMemory) }
        if value.hasPrefix("sqlite://") {
            let path = String(value.dropFirst("sqlite://".count))
            guard !path.isEmpty else { return .failure(.init(message: "le chemin du fichier SQLite est vide")) }
            return .success(.sqliteFile(path: path))
        }
        if value.hasPrefix("postgres://") || value.hasPrefix("postgresql://") {
            return PostgresLocation.parse(value).map { _ in .postgres(url: value) }
        }
        return .failure(.init(message: "« \(value) » n'est ni sqlite://CHEMIN ni postgres://…"))
    }

    /// The URL without its password, for logs and messages.
    public var redacted: String {
        switch self {
        case .sqliteFile(let path):
            return "sqlite://\(path)"
        case .sqliteMemory:
            return "sqlite::memory:"
        case .postgres(let url):
            guard var components = URLComponents(string: url), components.password != nil else { return url }
            components.password = "***"
            return components.string ?? "postgres://…"
        }
    }
}

/// Why a database URL was refused.
public struct DatabaseURLError: Error, Equatable, Sendable {
    public let message: String
}

extension DatabaseURL {
    /// Whether this is a PostgreSQL database.
    public var isPostgres: Bool {
        if case .postgres = self { true } else { false }
    }
}
