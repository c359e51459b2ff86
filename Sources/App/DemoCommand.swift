import ArgumentParser
import Domain
import Logging
import SampleData
import Services
import Web

/// `parcours demo`: an embedded SQLite database with the demo département (Rhône), then the server.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Démarre Parcours avec le département de démonstration (Rhône) sur une base SQLite locale."
    )

    @OptionGroup var options: ServerOptions

    func run() async throws {
        let config = try await options.loadConfig(defaults: [
            "PARCOURS_DATABASE_URL": "sqlite://var/demo.sqlite",
            // Two-factor login would make every first visit start with an authenticator app; it stays optional here.
            "PARCOURS_SECOND_FACTOR_REQUIRED": "false",
        ])
        let registry = Runtime.bootstrap(logLevel: config.logLevel)
        let logger = Logger(label: "parcours")
        try await Runtime.serve(config, registry: registry, logger: logger) { services in
            let loaded = try await DemoDepartement(environment: services).load()
            try await DemoCasework(environment: services).load()
            try await DemoPathways(environment: services).load()
            Console.say(Self.banner(config: config, freshlyLoaded: loaded))
        }
    }

    static func banner(config: AppConfig, freshlyLoaded: Bool) -> String {
        let host = config.host == "0.0.0.0" ? "127.0.0.1" : config.host
        let accounts = Role.allCases.map { role in
            "  " + DemoDepartement.email(for: role).padding(toLength: 34, withPad: " ", startingAt: 0) + role.label
        }
        return
            ([
                "",
                "Parcours – démonstration, département du Rhône (69)",
                "Base : \(config.database.redacted)"
                    + (freshlyLoaded ? " (données de démonstration chargées)" : " (déjà chargée)"),
                "Ouvrez http://\(host):\(config.port)/connexion",
                "Mot de passe de tous les comptes : \(DemoDepartement.password)",
                config.security.secondFactorRequired
                    ? "Double authentification exigée pour les rôles qui voient des données nominatives."
                    : "Double authentification facultative dans la démonstration (activable depuis « Mon compte »).",
                "Comptes :",
            ] + accounts + ["Arrêt : Ctrl+C", ""]).joined(separator: "\n")
    }
}
