import ArgumentParser
import Domain
import Persistence
import Services

/// `parcours token create EMAIL --name NAME`: a personal API token for an account, printed once.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Gère les jetons d'API.",
        subcommands: [Create.self]
    )

    /// Creates a token and prints it once.
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Crée un jeton d'API pour un compte et l'affiche une fois."
        )

        @OptionGroup var options: ServerOptions
        @Argument(help: "Adresse e-mail du compte.") var email: String
        @Option(help: "Nom du jeton, pour le reconnaître.") var name: String
        @Option(help: "Durée de validité en jours (1 à 365).") var days: Int = 90

        func run() async throws {
            let created = try await DatabaseCommand.run(options) { environment in
                let found = try await environment.database.read { sql in
                    try await AccountRecords.credentials(email: EmailAddress.normalise(email) ?? email, in: sql)
                }
                guard let credentials = found, credentials.active else {
                    Console.error("Aucun compte actif pour « \(email) ».")
                    throw ExitCode(1)
                }
                do {
                    return try await ApiTokenService(environment: environment).create(
                        account: credentials.account,
                        name: name,
                        days: days,
                        confirmation: .commandLine
                    )
                } catch let error as DomainError {
                    DatabaseCommand.report(error)
                }
            }
            Console.say(created.value)
        }
    }
}
