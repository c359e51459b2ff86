import Domain
import Hummingbird
import Logging
import Metrics
import Persistence
import Prometheus
import Services
import Web

/// Process-wide set-up shared by the commands: logging, metrics, database.
enum Runtime {
    /// Sets up logging and metrics once per process, and returns the registry `/metrics` reads.
    static func bootstrap(logLevel: Logger.Level) -> PrometheusCollectorRegistry {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = logLevel
            return handler
        }
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }

    /// Applies pending migrations, saying what it did.
    static func migrate(_ database: any Database, logger: Logger) async throws {
        let applied = try await Migrator(database: database).migrate()
        for migration in applied {
            logger.info("Migration appliquée", metadata: ["numéro": "\(migration.number)", "nom": "\(migration.name)"])
        }
    }

    /// Runs `body` with the migrated database, running (PostgreSQL's pool) for exactly as long, then closed.
    static func withDatabase<T>(
        _ config: AppConfig,
        logger: Logger,
        _ body: (any Database) async throws -> T
    ) async throws -> T {
        let database = try await DatabaseFactory.open(config.database, logger: logger)
        return try await DatabaseFactory.with(database) { database in
            try await migrate(database, logger: logger)
            return try await body(database)
        }
    }

    /// Serves HTTP until interrupted: the database runs as a service of the server's lifecycle; migrations and
    /// `prepare` (demo data) run once it does, before the server accepts requests.
    static func serve(
        _ config: AppConfig,
        registry: PrometheusCollectorRegistry,
        logger: Logger,
        prepare: @escaping @Sendable (ServiceEnvironment) async throws -> Void = { _ in }
    ) async throws {
        let database = try await DatabaseFactory.open(config.database, logger: logger)
        let app = try buildApplication(
            WebDependencies(
                config: config,
                database: database,
                registry: registry,
                logger: logger,
                beforeServerStarts: { environment in
                    try await migrate(environment.database, logger: logger)
                    try await prepare(environment)
                }
            )
        )
        try await app.runService()
    }
}
