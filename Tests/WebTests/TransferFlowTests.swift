import Domain
import Foundation
import Persistence
import Services
import TestSupport
import Testing

@Suite("Transfert à un autre opérateur ou département")
struct TransferFlowTests {
    /// Creates the AGIR operator of the Ain with a manager; returns the manager's e-mail address.
    static func ainOperator(_ app: TestApp) async throws -> String {
        let organisationID = try await OrganisationService(environment: app.services).create(
            OrganisationInput(
                name: "Opérateur AGIR de l'Ain",
                kind: "operateur_agir",
                siret: "",
                rna: "",
                departementCodes: ["01"]
            ),
            actor: nil
        )
        _ = try await AccountService(environment: app.services).create(
            AccountInput(
                organisationID: organisationID,
                email: "responsable.ain@exemple.fr",
                displayName: "Inès Morel",
                role: "responsable",
                scopeKind: "departements",
                departementCodes: ["01"],
                regionCode: ""
            ),
            password: "mot de passe long et sur",
            actor: nil
        )
        return "responsable.ain@exemple.fr"
    }

    @Test func theFileFollowsTheHouseholdToTheNewOperatorWhoAssignsACaseworker() async throws {
        try await TestApp.run { browser, app in
            let ain = try await Self.ainOperator(app)
            let path = try await MilestoneFlowTests.welcomedHousehold(browser)
            try await browser.post("/deconnexion", form: [])
            try await browser.login(as: .responsable)
            try await browser.get(path)
            let moved = try await browser.post(
                path + "/transfert-operateur",
                form: [
                    ("moveDepartement", "01"), ("moveReason", "Logement social attribué à Bourg-en-Bresse"),
                    ("confirmer", "oui"),
                ]
            )
            #expect(moved.location == "/menages?tous=1")
            // The former operator no longer opens the file.
            #expect(try await browser.get(path).status == .notFound)
            try await browser.post("/deconnexion", form: [])
            try await browser.login(email: ain, password: "mot de passe long et sur")
            let home = try await browser.get("/accueil")
            #expect(home.text.contains("Ménages reçus par transfert, à affecter"))
            let unassigned = try await browser.get("/menages?etape=sans_referent")
            #expect(unassigned.text.contains("AHMADZAI Amina"))
            let file = try await browser.get(path)
            #expect(file.status == .ok)
            #expect(file.text.contains("Référent</dt><dd>Non affecté"))
            #expect(file.text.contains("Logement social attribué à Bourg-en-Bresse"))
            // The history stays: the welcome interview and the entry situation came with the file.
            #expect(file.text.contains("<th scope=\"row\">Situation à l&#39;entrée</th><td>24 novembre 2026</td>"))
            let audit = try await app.services.database.read { sql in
                try await sql.raw("SELECT COUNT(*) AS n FROM audit_events WHERE action = 'menage.transfert_operateur'")
                    .first()?.decode(column: "n", as: Int.self)
            }
            #expect(audit == 1)
        }
    }

    @Test func aTransferNeedsAnotherCoveredDepartementAndAReason() async throws {
        try await TestApp.run { browser, app in
            _ = try await Self.ainOperator(app)
            let path = try await MilestoneFlowTests.welcomedHousehold(browser)
            try await browser.post("/deconnexion", form: [])
            try await browser.login(as: .responsable)
            try await browser.get(path)
            let same = try await browser.post(
                path + "/transfert-operateur",
                form: [("moveDepartement", "69"), ("moveReason", "Déménagement"), ("confirmer", "oui")]
            )
            #expect(same.status == .unprocessableContent)
            #expect(same.text.contains("Choisissez un autre département que celui du ménage."))
            let uncovered = try await browser.post(
                path + "/transfert-operateur",
                form: [("moveDepartement", "02"), ("moveReason", ""), ("confirmer", "oui")]
            )
            #expect(uncovered.text.contains("Aucun opérateur AGIR actif ne couvre ce département."))
            #expect(uncovered.text.contains("Indiquez le motif du transfert"))
            #expect(try await browser.get(path).status == .ok)
        }
    }

    @Test func aCaseworkerCannotTransferToAnotherOperator() async throws {
        try await TestApp.run { browser, app in
            _ = try await Self.ainOperator(app)
            let path = try await MilestoneFlowTests.welcomedHousehold(browser)
            let response = try await browser.post(
                path + "/transfert-operateur",
                form: [("moveDepartement", "01"), ("moveReason", "Déménagement"), ("confirmer", "oui")]
            )
            #expect(response.status == .forbidden)
        }
    }
}
