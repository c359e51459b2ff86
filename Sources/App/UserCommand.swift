import ArgumentParser
import Domain
import Foundation
import Persistence
import Services

/// `parcours user create` and `parcours user reset-password`.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Gère les comptes depuis la ligne de commande.",
        subcommands: [Create.self, ResetPassword.self]
    )

    /// `parcours user create`: creates an account and prints its password once.
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Crée un compte ; sans --password, un mot de passe provisoire est généré et affiché une fois."
        )

        @OptionGroup var options: ServerOptions
        @Option(help: "Adresse e-mail (identifiant).") var email: String
        @Option(help: "Prénom et nom.") var name: String
        @Option(help: "Rôle : \(Role.allCases.map(\.rawValue).joined(separator: ", ")).") var role: String
        @Option(help: "Identifiant ou nom exact de l'organisation.") var organisation: String
        @Option(help: "Départements du périmètre, séparés par des virgules (rôles départementaux).") var departements:
            String = ""
        @Option(help: "Code de la région du périmètre (DREETS).") var region: String = ""
        @Option(help: "Mot de passe (12 caractères au moins) ; sinon généré.") var password: String?

        func run() async throws {
            let created = try await DatabaseCommand.run(options) { environment in
                let organisations = try await OrganisationService(environment: environment).list(actor: nil)
                guard let chosen = organisations.first(where: { $0.id == organisation || $0.name == organisation })
                else {
                    Console.error(
                        "Organisation « \(organisation) » introuvable. Organisations : "
                            + organisations.map { "\($0.name) (\($0.id))" }.joined(separator: ", ")
                    )
                    throw ExitCode(1)
                }
                let parsedRole = Role(rawValue: role)
                let scopeKind: String =
                    if let parsedRole, parsedRole.allowedScopeKinds.contains(.nation), departements.isEmpty,
                        region.isEmpty
                    {
                        "nation"
                    } else if !region.isEmpty { "region" } else { "departements" }
                let input = AccountInput(
                    organisationID: chosen.id,
                    email: email,
                    displayName: name,
                    role: role,
                    scopeKind: scopeKind,
                    departementCodes: departements.split(separator: ",").map {
                        $0.trimmingCharacters(in: .whitespaces)
                    },
                    regionCode: region
                )
                do {
                    return try await AccountService(environment: environment).create(
                        input,
                        password: password,
                        actor: nil
                    )
                } catch let error as DomainError {
                    DatabaseCommand.report(error)
                }
            }
            Console.say("Compte créé pour \(email).")
            if password == nil { Console.say("Mot de passe provisoire (affiché une seule fois) : \(created.password)") }
        }
    }

    /// `parcours user reset-password`: replaces a password and ends the account's sessions.
    struct ResetPassword: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset-password",
            abstract: "Remplace le mot de passe d'un compte et ferme ses sessions ; sans --password, en génère un."
        )

        @OptionGroup var options: ServerOptions
        @Argument(help: "Adresse e-mail du compte.") var email: String
        @Option(help: "Nouveau mot de passe (12 caractères au moins) ; sinon généré.") var password: String?

        func run() async throws {
            let secret = try await DatabaseCommand.run(options) { environment in
                do {
                    return try await AccountService(environment: environment).resetPassword(
                        email: email,
                        password: password,
                        actor: nil
                    )
                } catch let error as DomainError {
                    DatabaseCommand.report(error)
                }
            }
            Console.say("Mot de passe de \(email) remplacé ; ses sessions sont fermées.")
            if password == nil { Console.say("Mot de passe provisoire (affiché une seule fois) : \(secret)") }
        }
    }
}
