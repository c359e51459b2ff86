import Logging
import NIOPosix
import NIOSSL
import PostgresKit
import PostgresNIO
import SQLKit

/// PostgreSQL through PostgresNIO's connection pool; `database`, when given, names another database of the same server
/// than the URL (each test's copy of the migrated template). The pool works
/// while `run()` runs: as a service of the server's lifecycle, or for the length of a command (`DatabaseFactory`).
public final class PostgresStore: Database {
    public let kind = DatabaseKind.postgres
    private let client: PostgresClient

    /// Prepares the pool for the database at `url`, after one direct connection that says at once why the server
    /// cannot be used (the pool itself only connects once `run()` runs, and retries a server it cannot reach).
    public static func make(
        url: String,
        database: String? = nil,
        maximumConnections: Int? = nil,
        logger: Logger
    ) async throws -> PostgresStore {
        let location = try PostgresLocation.parse(url).get()
        let settings = tlsSettings(location)
        var configuration = PostgresClient.Configuration(
            host: location.host,
            port: location.port,
            username: location.username,
            password: location.password,
            database: database ?? location.database,
            tls: settings.map { .require($0) } ?? .disable
        )
        // Parcours's working set (households, persons, indexes) sits in memory: with the default random_page_cost of 4
        // (a spinning disk) PostgreSQL preferred scanning all 150 000 persons to 1 300 index lookups, and a
        // département dashboard took 87 ms instead of about 30. 1.1 is the usual value for memory or SSD.
        configuration.options.additionalStartupParameters = [("random_page_cost", "1.1")]
        if let maximumConnections { configuration.options.maximumConnections = maximumConnections }
        try await probe(location, settings: settings, url: url, logger: logger)
        return PostgresStore(client: PostgresClient(configuration: configuration, backgroundLogger: logger))
    }

    /// The TLS settings the URL asks for (see `PostgresLocation`), nil for none.
    static func tlsSettings(_ location: PostgresLocation) -> TLSConfiguration? {
        var settings = TLSConfiguration.makeClientConfiguration()
        if let caFile = location.caFile { settings.trustRoots = .file(caFile) }
        switch location.tls {
        case .disable:
            return nil
        case .require:
            settings.certificateVerification = location.caFile == nil ? .none : .noHostnameVerification
        case .verifyCA:
            settings.certificateVerification = .noHostnameVerification
        case .verifyFull:
            settings.certificateVerification = .fullVerification
        }
        return settings
    }

    /// One direct connection, closed at once: an unreachable server is a `DatabaseUnreachable`, a refusal (password,
    /// unknown database) the server's own error.
    private static func probe(
        _ location: PostgresLocation,
        settings: TLSConfiguration?,
        url: String,
        logger: Logger
    ) async throws {
        let connection: PostgresConnection
        do {
            connection = try await connectDirectly(location, settings: settings, logger: logger)
        } catch let error as PSQLError where error.serverInfo != nil {
            throw error
        } catch {
            throw DatabaseUnreachable(url: .postgres(url: url))
        }
        try await connection.close()
    }

    /// One connection outside the pool.
    private static func connectDirectly(
        _ location: PostgresLocation,
        settings: TLSConfiguration?,
        logger: Logger
    ) async throws -> PostgresConnection {
        try await PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.any(),
            configuration: PostgresConnection.Configuration(
                host: location.host,
                port: location.port,
                username: location.username,
                password: location.password,
                database: location.database,
                tls: try settings.map { .require(try NIOSSLContext(configuration: $0)) } ?? .disable
            ),
            id: 0,
            logger: logger
        ).get()
    }

    private init(client: PostgresClient) {
        self.client = client
    }

    /// Runs the connection pool until the task is cancelled, then closes its connections.
    public func run() async { await client.run() }

    public func read<T>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        try await client.withConnection { connection in
            try await body(connection.sql())
        }
    }

    public func write<T>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        try await client.withConnection { connection in
            // Inline rather than through `Transaction.run`: the pool's closure may not send `body` onwards.
            let sql = connection.sql()
            try await sql.raw("BEGIN").run()
            do {
                let result = try await TransactionScope.$isOpen.withValue(true) {
                    TransactionResult(value: try await body(sql))
                }
                try await sql.raw("COMMIT").run()
                return result.value
            } catch {
                try? await sql.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    /// Runs one statement that may not run inside a transaction (`CREATE DATABASE`, `DROP DATABASE`) on its own
    /// connection to the server at `url`, closed at once: administration, never casework.
    public static func administer(_ statement: SQLQueryString, at url: String, logger: Logger) async throws {
        let location = try PostgresLocation.parse(url).get()
        let settings = tlsSettings(location)
        let connection = try await connectDirectly(location, settings: settings, logger: logger)
        do {
            try await connection.sql().raw(statement).run()
            try await connection.close()
        } catch {
            try? await connection.close()
            throw error
        }
    }

    /// Nothing to close by hand: the pool closes its connections when `run()` is cancelled.
    public func close() async {}
}

/// A transaction's result carried out of the task-local scope that marks the transaction open; it never leaves the
/// connection's closure, so no other task sees it.
private struct TransactionResult<T>: @unchecked Sendable {
    let value: T
}
