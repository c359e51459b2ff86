import ArgumentParser
import Domain
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
            Console.say(
                "\(FrenchNumber.count(report.households, "ménage")), "
                    + "\(FrenchNumber.count(report.people, "personne anonymisée", plural: "personnes anonymisées"))\(oldest)."
            )
        } else {
            Console.say(
                "Simulation : \(FrenchNumber.count(report.households, "ménage")), "
                    + "\(FrenchNumber.count(report.people, "personne")) à anonymiser\(oldest). "
                    + "Relancez avec --execute pour appliquer."
            )
        }
    }
}
