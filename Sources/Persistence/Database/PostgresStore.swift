import Logging
import NIOPosix
import PostgresKit
import PostgresNIO
import SQLKit

/// PostgreSQL through PostgresNIO's connection pool; `schema`, when given, isolates one test's tables.
public final class PostgresStore: Database {
    public let kind = DatabaseKind.postgres
    private let client: PostgresClient
    private let runTask: Task<Void, Never>

    /// Connects to the database at `url`; the pool runs until `close()`.
    public static func open(
        url: String,
        schema: String? = nil,
        maximumConnections: Int? = nil,
        logger: Logger
    ) async throws -> PostgresStore {
        let sqlConfiguration = try SQLPostgresConfiguration(url: url)
        let core = sqlConfiguration.coreConfiguration
        guard let host = core.host else { throw DatabaseURLError(message: "l'URL PostgreSQL n'a pas d'hôte") }
        var configuration = PostgresClient.Configuration(
            host: host,
            port: core.port ?? 5432,
            username: core.username,
            password: core.password,
            database: core.database,
            tls: .disable
        )
        // Parcours's working set (households, persons, indexes) sits in memory: with the default random_page_cost of 4
        // (a spinning disk) PostgreSQL preferred scanning all 150 000 persons to 1 300 index lookups, and a
        // département dashboard took 87 ms instead of about 30. 1.1 is the usual value for memory or SSD.
        configuration.options.additionalStartupParameters = [("random_page_cost", "1.1")]
        if let maximumConnections { configuration.options.maximumConnections = maximumConnections }
        if let schema {
            configuration.options.additionalStartupParameters.append(("search_path", schema))
        }
        // The pool retries a server it cannot reach; one direct connection first says at once why it cannot.
        let probe: PostgresConnection
        do {
            probe = try await PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.any(),
                configuration: PostgresConnection.Configuration(
                    host: host,
                    port: core.port ?? 5432,
                    username: core.username,
                    password: core.password,
                    database: core.database,
                    tls: .disable
                ),
                id: 0,
                logger: logger
            ).get()
        } catch let error as PSQLError where error.serverInfo != nil {
            throw error
        } catch {
            throw DatabaseUnreachable(url: .postgres(url: url))
        }
        try await probe.close()
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        let store = PostgresStore(client: client)
        if let schema {
            try await store.client.withConnection { connection in
                _ = try await connection.sql().raw("CREATE SCHEMA IF NOT EXISTS \(ident: schema)").run()
            }
        }
        return store
    }

    private init(client: PostgresClient) {
        self.client = client
        self.runTask = Task { await client.run() }
    }

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

    /// Drops a test schema and everything in it.
    public func dropSchema(_ schema: String) async throws {
        try await client.withConnection { connection in
            _ = try await connection.sql().raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").run()
        }
    }

    public func close() async {
        runTask.cancel()
        _ = await runTask.value
    }
}

/// A transaction's result carried out of the task-local scope that marks the transaction open; it never leaves the
/// connection's closure, so no other task sees it.
private struct TransactionResult<T>: @unchecked Sendable {
    let value: T
}
