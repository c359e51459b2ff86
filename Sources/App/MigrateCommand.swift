import ArgumentParser
import Logging
import Persistence

/// `parcours migrate`: applies pending migrations and says what it did.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Applique les migrations en attente et les énumère."
    )

    @OptionGroup var options: ServerOptions

    func run() async throws {
        let config = try await options.loadConfig(auditKey: .none)
        _ = Runtime.bootstrap(logLevel: .warning)
        let logger = Logger(label: "parcours")
        let database = try await Runtime.explainingFailures(config) {
            try await DatabaseFactory.open(config.database, logger: logger)
        }
        let (before, applied) = try await DatabaseFactory.with(database) { database in
            let migrator = Migrator(database: database)
            let before = try await migrator.appliedNumbers()
            return (before, try await Runtime.explainingFailures(config) { try await migrator.migrate() })
        }
        if applied.isEmpty {
            Console.say(
                "Base \(config.database.redacted) à jour : \(before.count) migrations déjà appliquées, aucune en attente."
            )
        } else {
            for migration in applied {
                Console.say(String(format: "Migration %03d « %@ » appliquée.", migration.number, migration.name))
            }
            Console.say(
                "Base \(config.database.redacted) à jour : \(before.count + applied.count) migrations appliquées."
            )
        }
    }
}
