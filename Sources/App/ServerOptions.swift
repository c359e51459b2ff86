import ArgumentParser
import Foundation
import Web

/// Options shared by the commands that open the database or serve HTTP; they win over the environment and `.env`.
struct ServerOptions: ParsableArguments {
    @Option(help: "Port HTTP (défaut 8080, ou PARCOURS_PORT).")
    var port: String?

    @Option(help: "Adresse d'écoute (défaut 127.0.0.1, ou PARCOURS_HOST).")
    var host: String?

    @Option(help: "Base de données : sqlite://CHEMIN ou postgres://… (ou PARCOURS_DATABASE_URL).")
    var database: String?

    /// The command-line values as configuration overrides.
    func overrides() -> [String: String] {
        var values: [String: String] = [:]
        values["parcours.port"] = port
        values["parcours.host"] = host
        values["parcours.database.url"] = database
        return values
    }

    /// Loads the configuration with its audit key, or prints every problem and exits with status 2; `defaults`
    /// are environment values used when neither the command line nor the environment sets them, and
    /// `auditKey` says whether the command needs the audit key, and may create it (the demo).
    func loadConfig(defaults: [String: String] = [:], auditKey: AuditKeyNeed = .required) async throws -> AppConfig {
        do {
            var environment = ProcessInfoEnvironment.current
            for (name, value) in defaults where environment[name] == nil {
                environment[name] = value
            }
            let config = try await AppConfig.load(overrides: overrides(), environment: environment)
            switch auditKey {
            case .none: return config
            case .required: return try config.loadingAuditKey()
            case .createdIfMissing: return try config.loadingAuditKey(createIfMissing: true)
            }
        } catch let error as ConfigurationError {
            Console.error(error.description)
            throw ExitCode(2)
        }
    }
}

/// Whether a command needs the audit key: every command that writes or verifies the audit log does.
enum AuditKeyNeed {
    case none, required, createdIfMissing
}
