import ArgumentParser
import Domain
import Foundation
import SampleData
import Services

/// `parcours seed`: fills an empty database with a synthetic population, for demonstrations and benchmarks.
struct SeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed",
        abstract: "Remplit une base vide de données fictives réalistes (tiny, departement ou national).",
        discussion: """
            Les comptes générés ont pour mot de passe « \(SeedAccounts.password) » : \
            referent.69.1@\(SeedAccounts.domain), responsable.69@\(SeedAccounts.domain), \
            \(SeedAccounts.nationalEmail)… Ne jamais utiliser sur une base de production.
            """
    )

    @OptionGroup var options: ServerOptions
    @Option(help: "Échelle : tiny, departement ou national.") var scale: String = "departement"
    @Option(help: "Graine du générateur : la même graine donne les mêmes données.") var seed: UInt64 = 2026

    func run() async throws {
        guard let chosen = SeedScale(rawValue: scale) else {
            throw ValidationError("Échelle inconnue « \(scale) » : tiny, departement ou national.")
        }
        let started = ContinuousClock.now
        // A synthetic database gets its own audit key, as the demo does.
        let summary = try await DatabaseCommand.run(options, auditKey: .createdIfMissing) { environment in
            do {
                return try await SeedService(environment: environment).run(scale: chosen, seed: seed) { done, total in
                    if done == total || done % 10_000 == 0 {
                        Console.say("\(done) / \(total) ménages écrits")
                    }
                }
            } catch let error as DomainError {
                DatabaseCommand.report(error)
            }
        }
        let elapsed = ContinuousClock.now - started
        Console.say(
            "\(summary.households) ménages, \(summary.persons) personnes, \(summary.rows) lignes dans "
                + "\(summary.departements) département(s), \(summary.caseworkers) référents, en \(String(format: "%.1f", Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)) s."
        )
        Console.say("\(summary.contracts) contrats territoriaux et \(summary.contractActions) actions.")
        Console.say(
            "Connexion : referent.69.1@\(SeedAccounts.domain) (ou responsable.69@…, \(SeedAccounts.nationalEmail)), "
                + "mot de passe « \(SeedAccounts.password) »."
        )
    }
}
