import ArgumentParser
import Domain
import Foundation
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
        let json = ProcessInfo.processInfo.environment["PARCOURS_LOG_FORMAT"]?.lowercased() == "json"
        LoggingSystem.bootstrap { label in
            if json { return JSONLogHandler(label: label, logLevel: logLevel) }
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = logLevel
            return handler
        }
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }

    /// Applies pending migrations and seals an audit chain written before it was keyed, saying what it did.
    static func migrate(_ database: any Database, config: AppConfig, logger: Logger) async throws {
        let applied = try await Migrator(database: database).migrate()
        for migration in applied {
            logger.info("Migration appliquée", metadata: ["numéro": "\(migration.number)", "nom": "\(migration.name)"])
        }
        let environment = ServiceEnvironment(
            database: database,
            time: SystemTime(),
            ids: RandomIdentifiers(),
            security: config.security
        )
        if let sealed = try await AuditLog.sealLegacyChain(environment: environment) {
            logger.notice("Journal d'audit antérieur à la clé scellé", metadata: ["événements": "\(sealed)"])
        }
    }

    /// Runs `body` with the migrated database, running (PostgreSQL's pool) for exactly as long, then closed.
    static func withDatabase<T>(
        _ config: AppConfig,
        logger: Logger,
        _ body: (any Database) async throws -> T
    ) async throws -> T {
        let database = try await explainingFailures(config) {
            try await DatabaseFactory.open(config.database, logger: logger)
        }
        return try await DatabaseFactory.with(database) { database in
            try await explainingFailures(config) { try await migrate(database, config: config, logger: logger) }
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
        let database = try await explainingFailures(config) {
            try await DatabaseFactory.open(config.database, logger: logger)
        }
        let app = try buildApplication(
            WebDependencies(
                config: config,
                database: database,
                registry: registry,
                logger: logger,
                beforeServerStarts: { environment in
                    try await migrate(environment.database, config: config, logger: logger)
                    try await prepare(environment)
                }
            )
        )
        // Migrations run inside the service: a database that cannot be used is explained here as well.
        try await explainingFailures(config) { try await app.runService() }
    }

    /// Runs start-up work; a known problem (database, port) is printed in French and ends the process with
    /// status 3 instead of a crash or a library's English message.
    static func explainingFailures<T>(_ config: AppConfig, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch {
            guard let explanation = StartupProblem.describe(error, config: config) else { throw error }
            Console.error("Parcours ne peut pas démarrer : " + explanation)
            throw ExitCode(3)
        }
    }
}
