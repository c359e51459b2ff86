import SQLKit

/// The two SQL engines Parcours runs on.
public enum DatabaseKind: String, Sendable {
    case sqlite
    case postgres
}

/// A database Parcours reads from and writes to; every write runs in one transaction.
public protocol Database: Sendable {
    /// Which engine this is, for the rare statement whose syntax differs.
    var kind: DatabaseKind { get }
    /// Runs read-only work on a connection.
    func read<T>(_ body: (any SQLDatabase) async throws -> T) async throws -> T
    /// Runs work in one transaction: all of it is committed, or none of it.
    func write<T>(_ body: (any SQLDatabase) async throws -> T) async throws -> T
    /// Runs what the database needs while it is in use (PostgreSQL's connection pool) until the task is cancelled.
    func run() async
    /// Closes every connection.
    func close() async
}
