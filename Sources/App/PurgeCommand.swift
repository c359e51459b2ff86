import ArgumentParser
import Services

/// `parcours purge`: anonymises the households whose last contact is two years old; a dry run unless `--execute`.
struct PurgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Anonymise les ménages dont le dernier contact date de deux ans ou plus (simulation sans --execute)."
    )

    @OptionGroup var options: ServerOptions
    @Flag(help: "Anonymise réellement ; sans cette option, compte seulement.") var execute = false

    func run() async throws {
        let report = try await DatabaseCommand.run(options) { environment in
            let retention = RetentionService(environment: environment)
            return execute ? try await retention.execute() : try await retention.dryRun()
        }
        let oldest = report.oldestLastContact.map { " (dernier contact le plus ancien : \($0.french))" } ?? ""
        if execute {
            Console.say("\(report.households) ménage(s), \(report.people) personne(s) anonymisé(s)\(oldest).")
        } else {
            Console.say(
                "Simulation : \(report.households) ménage(s), \(report.people) personne(s) à anonymiser\(oldest). "
                    + "Relancez avec --execute pour appliquer."
            )
        }
    }
}
