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

    /// Opens the database, applies pending migrations and seals an audit chain written before it was keyed,
    /// saying what it did; a database that cannot be used stops the command with a French explanation.
    static func openAndMigrate(_ config: AppConfig, logger: Logger) async throws -> any Database {
        try await explainingFailures(config) {
            let database = try await DatabaseFactory.open(config.database, logger: logger)
            do {
                let applied = try await Migrator(database: database).migrate()
                for migration in applied {
                    logger.info(
                        "Migration appliquée",
                        metadata: ["numéro": "\(migration.number)", "nom": "\(migration.name)"]
                    )
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
                return database
            } catch {
                await database.close()
                throw error
            }
        }
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
            try await explainingFailures(config) { try await app.runService() }
        } catch {
            await database.close()
            throw error
        }
        await database.close()
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
