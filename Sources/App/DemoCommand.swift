import ArgumentParser
import Domain
import Foundation
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
        let config = try await options.loadConfig(
            defaults: [
                "PARCOURS_DATABASE_URL": "sqlite://var/demo.sqlite",
                // Two-factor login would make every first visit start with an authenticator app; it stays optional here.
                "PARCOURS_SECOND_FACTOR_REQUIRED": "false",
            ],
            auditKey: .createdIfMissing
        )
        let registry = Runtime.bootstrap(logLevel: config.logLevel)
        let logger = Logger(label: "parcours")
        try await Runtime.serve(config, registry: registry, logger: logger) { services in
            let loaded = try await DemoDepartement(environment: services).load()
            let clock = ContinuousClock()
            let started = clock.now
            try await DemoCasework(environment: services).load()
            try await DemoPathways(environment: services).load()
            try await DemoContracts(environment: services).load()
            try await DemoFunding(environment: services).load()
            try await DemoEvents(environment: services) {
                try await MeetingSnapshot.indicators(environment: services, actor: $0)
            }.load()
            let nation = try await DemoNation(environment: services).load()
            if loaded || nation > 0 {
                let elapsed = clock.now - started
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                Console.say(
                    "Données de démonstration chargées en \(String(format: "%.1f", seconds)) s "
                        + "(dont \(nation) ménages synthétiques hors du Rhône)."
                )
            }
            let spaces = try await DemoNewcomer(environment: services).load()
            Console.say(Self.banner(config: config, freshlyLoaded: loaded, spaces: spaces))
        }
    }

    static func banner(config: AppConfig, freshlyLoaded: Bool, spaces: [DemoNewcomer.Access] = []) -> String {
        let host = config.host == "0.0.0.0" ? "127.0.0.1" : config.host
        let accounts =
            Role.allCases.map { role in
                "  " + DemoDepartement.email(for: role).padding(toLength: 34, withPad: " ", startingAt: 0) + role.label
            } + [
                "  " + DemoDepartement.associationEmail.padding(toLength: 34, withPad: " ", startingAt: 0)
                    + "Partenaire – association (demandes de subvention)"
            ]
        return
            ([
                "",
                "Parcours – démonstration, département du Rhône (69)",
                "Base : \(config.database.redacted)"
                    + (freshlyLoaded ? " (données de démonstration chargées)" : " (déjà chargée)"),
                "Ouvrez http://\(host):\(config.port)/connexion",
                "Mot de passe de tous les comptes : \(DemoDepartement.password)",
                "Clé du journal d'audit : \(config.auditKeyPath ?? "PARCOURS_AUDIT_KEY")",
                config.security.secondFactorRequired
                    ? "Double authentification exigée pour les rôles qui voient des données nominatives."
                    : "Double authentification facultative dans la démonstration (activable depuis « Mon compte »).",
                "Comptes :",
            ] + accounts + [
                "  " + DemoLocalAuthority.email.padding(toLength: 34, withPad: " ", startingAt: 0)
                    + "Partenaire – collectivité (Métropole de Lyon, signataire du CTAI)"
            ] + spaceLines(config: config, host: host, spaces: spaces) + ["Arrêt : Ctrl+C", ""])
            .joined(separator: "\n")
    }

    /// The demo persons' personal spaces: the address and each letter's code (shown only when just created).
    static func spaceLines(config: AppConfig, host: String, spaces: [DemoNewcomer.Access]) -> [String] {
        guard !spaces.isEmpty else {
            return [
                "Espaces personnels : déjà ouverts (codes non réaffichés ; « Rouvrir » depuis le dossier en donne un nouveau)."
            ]
        }
        return ["Espaces personnels des personnes accompagnées : http://\(host):\(config.port)/espace"]
            + spaces.map { access in
                "  \(access.name.padding(toLength: 24, withPad: " ", startingAt: 0)) code \(access.code)"
                    + (access.pin.map { " + code PIN \($0)" } ?? " (première connexion : choisir un code PIN)")
                    + " – lettre en \(access.language.frenchName)"
            }
    }
}
