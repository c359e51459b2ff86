import Domain
import Hummingbird
import Logging
import Metrics
import Persistence
import Prometheus
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

    /// Opens the database and applies pending migrations, saying what it did.
    static func openAndMigrate(_ config: AppConfig, logger: Logger) async throws -> any Database {
        let database = try await DatabaseFactory.open(config.database, logger: logger)
        let applied = try await Migrator(database: database).migrate()
        for migration in applied {
            logger.info("Migration appliquée", metadata: ["numéro": "\(migration.number)", "nom": "\(migration.name)"])
        }
        return database
    }

    /// Serves HTTP until interrupted, then closes the database.
    static func serve(
        _ config: AppConfig,
        database: any Database,
        registry: PrometheusCollectorRegistry,
        logger: Logger
    ) async throws {
        let app = try buildApplication(
            WebDependencies(config: config, database: database, registry: registry, logger: logger)
        )
        do {
            try await app.runService()
        } catch {
            await database.close()
            throw error
        }
        await database.close()
    }
}
