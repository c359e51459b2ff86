import Domain
import Foundation
import Logging
import Persistence
import Services
import Web

/// Shared set-up of the commands that work on the database without serving: config, migrations, services.
enum DatabaseCommand {
    /// Runs `body` with the migrated database's service environment, then closes the database.
    static func run<T>(
        _ options: ServerOptions,
        auditKey: AuditKeyNeed = .required,
        _ body: (ServiceEnvironment) async throws -> T
    ) async throws -> T {
        let config = try await options.loadConfig(auditKey: auditKey)
        _ = Runtime.bootstrap(logLevel: .warning)
        return try await Runtime.withDatabase(config, logger: Logger(label: "parcours")) { database in
            try await body(
                ServiceEnvironment(
                    database: database,
                    time: SystemTime(),
                    ids: RandomIdentifiers(),
                    security: config.security
                )
            )
        }
    }

    /// Prints a use case's refusal in French and exits with status 1.
    static func report(_ error: DomainError) -> Never {
        switch error {
        case .invalid(let errors):
            for message in errors.messages { Console.error("\(message.field) : \(message.message)") }
        case .notFound: Console.error("Introuvable.")
        case .forbidden: Console.error("Refusé.")
        case .conflict(let message), .throttled(let message): Console.error(message)
        }
        exit(1)
    }
}
