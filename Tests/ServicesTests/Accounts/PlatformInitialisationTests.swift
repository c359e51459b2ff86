import Domain
import Persistence
import Services
import TestSupport
import Testing

@Suite("Première mise en service (parcours init)")
struct PlatformInitialisationTests {
    let input = PlatformInitialisation.Input(
        organisationName: "Ministère de l'Intérieur (DGEF)",
        organisationKind: "ministere",
        email: "Admin@Exemple.gouv.fr",
        displayName: "Camille Martin"
    )

    @Test func theFirstAdministratorSignsInWithATemporaryPassword() async throws {
        try await TestEnvironment.withEmpty { environment, _ in
            let created = try await PlatformInitialisation(environment: environment).run(input)
            let opened = try await LoginService(environment: environment).login(
                email: "admin@exemple.gouv.fr",
                password: created.password
            )
            #expect(opened.account.role == .admin)
            #expect(opened.account.organisationID == created.organisationID)
            let session = try #require(try await LoginService(environment: environment).session(token: opened.token))
            #expect(session.passwordTemporary)
            let organisations = try await OrganisationService(environment: environment).list(actor: opened.account)
            #expect(organisations.map(\.kind) == [.ministry])
        }
    }

    @Test func aSecondInitialisationIsRefusedAndWritesNothing() async throws {
        try await TestEnvironment.withEmpty { environment, _ in
            let first = try await PlatformInitialisation(environment: environment).run(input)
            let again = PlatformInitialisation.Input(
                organisationName: "Autre",
                organisationKind: "ministere",
                email: "autre@exemple.gouv.fr",
                displayName: "Autre Personne"
            )
            do {
                _ = try await PlatformInitialisation(environment: environment).run(again)
                Issue.record("a second initialisation was accepted")
            } catch DomainError.invalid(let errors) {
                #expect(errors["plateforme"]?.hasPrefix("Parcours est déjà initialisé") == true)
            }
            let admin = try await LoginService(environment: environment).login(
                email: "admin@exemple.gouv.fr",
                password: first.password
            ).account
            #expect(try await AccountService(environment: environment).list(actor: admin).count == 1)
            #expect(try await OrganisationService(environment: environment).list(actor: admin).count == 1)
        }
    }

    @Test func badFieldsAreNamedAndNothingIsWritten() async throws {
        try await TestEnvironment.withEmpty { environment, _ in
            let bad = PlatformInitialisation.Input(
                organisationName: " ",
                organisationKind: "inconnu",
                email: "pas-une-adresse",
                displayName: ""
            )
            do {
                _ = try await PlatformInitialisation(environment: environment).run(bad)
                Issue.record("invalid input accepted")
            } catch DomainError.invalid(let errors) {
                #expect(errors["name"] != nil)
                #expect(errors["kind"] != nil)
            }
            let created = try await PlatformInitialisation(environment: environment).run(input)
            #expect(!created.password.isEmpty)
        }
    }
}
