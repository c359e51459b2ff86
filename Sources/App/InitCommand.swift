import ArgumentParser
import Domain
import Services

/// `parcours init`: the first organisation and administrator of a production database, once.
struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract:
            "Première mise en service : crée l'organisation qui exploite la plateforme et son premier administrateur "
            + "(mot de passe provisoire affiché une fois). Refusé dès qu'un compte existe."
    )

    @OptionGroup var options: ServerOptions
    @Option(help: "Nom de l'organisation qui exploite la plateforme.") var organisation: String
    @Option(
        help: "Type de l'organisation : \(OrganisationKind.allCases.map(\.rawValue).joined(separator: ", "))."
    )
    var kind: String = OrganisationKind.ministry.rawValue
    @Option(help: "Adresse e-mail de l'administrateur (identifiant).") var email: String
    @Option(help: "Prénom et nom de l'administrateur.") var name: String

    func run() async throws {
        let created = try await DatabaseCommand.run(options) { environment in
            do {
                return try await PlatformInitialisation(environment: environment).run(
                    .init(organisationName: organisation, organisationKind: kind, email: email, displayName: name)
                )
            } catch let error as DomainError {
                DatabaseCommand.report(error)
            }
        }
        Console.say("Organisation « \(organisation) » et administrateur \(email) créés.")
        Console.say(
            "Mot de passe provisoire (affiché une seule fois, à remplacer à la première connexion) : \(created.password)"
        )
        Console.say("Connectez-vous, activez la double authentification, puis créez les organisations et les comptes.")
    }
}
