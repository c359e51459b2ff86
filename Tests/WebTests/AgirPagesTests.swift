import Domain
import Persistence
import TestSupport
import Testing

@Suite("Outils AGIR : éligibilité et déploiement")
struct AgirPagesTests {
    static let refugeeInRhone =
        "/agir/eligibilite?orientation=2025-03-10&departement=69&protection=refugee&date_protection=2024-01-01&date_cir=2025-03-01"

    @Test func anOfiiAgentChecksARecentRefugee() async throws {
        try await TestApp.run { browser, _ in
            try await browser.login(as: .ofii)
            let form = try await browser.get("/agir/eligibilite")
            #expect(form.text.contains("<option value=\"69\" selected>Rhône (69)</option>"))
            let page = try await browser.get(Self.refugeeInRhone)
            #expect(page.status == .ok)
            #expect(page.text.contains("Éligible à AGIR"))
            #expect(page.text.contains("Protection obtenue le 1er janvier 2024"))
        }
    }

    @Test func corsicaIsNotCoveredAndTheConditionSaysSo() async throws {
        try await TestApp.run { browser, _ in
            try await browser.login(as: .responsable)
            let page = try await browser.get(
                "/agir/eligibilite?orientation=2025-03-10&departement=2A&protection=refugee&date_protection=2024-06-01&date_cir=2025-03-01"
            )
            #expect(page.text.contains("Non éligible à AGIR"))
            #expect(page.text.contains("<th scope=\"row\">Département couvert</th><td>Non</td>"))
        }
    }

    @Test func impossibleDatesGetAMessagePerField() async throws {
        try await TestApp.run { browser, _ in
            try await browser.login(as: .referent)
            let page = try await browser.get("/agir/eligibilite?orientation=2025-02-30&departement=&date_cir=hier")
            #expect(page.status == .unprocessableContent)
            #expect(page.text.contains("3 erreurs à corriger"))
        }
    }

    @Test func nationalSteeringMovesADeploymentDateAndEligibilityFollows() async throws {
        try await TestApp.run { browser, app in
            try await browser.login(as: .national)
            let before = try await browser.get(
                "/agir/eligibilite?orientation=2023-01-10&departement=69&protection=refugee&date_protection=2022-05-01&date_cir=2023-01-02"
            )
            #expect(before.text.contains("Non éligible à AGIR"))
            try await browser.get("/pilotage/deploiement-agir")
            let saved = try await browser.post("/pilotage/deploiement-agir", form: [("deploiement-69", "2022-12-01")])
            #expect(saved.location == "/pilotage/deploiement-agir")
            #expect(
                try await browser.get("/pilotage/deploiement-agir").text.contains(
                    "1 date de déploiement enregistrée."
                )
            )
            let after = try await browser.get(
                "/agir/eligibilite?orientation=2023-01-10&departement=69&protection=refugee&date_protection=2022-05-01&date_cir=2023-01-02"
            )
            #expect(after.text.contains("Éligible à AGIR"))
            let events = try await app.database.read { sql in
                try await AuditRecords.search(
                    AuditFilter(action: "departement.deploiement_agir"),
                    limit: 5,
                    offset: 0,
                    in: sql
                )
            }
            #expect(events.map(\.recordID) == ["69"])
            #expect(events.first?.changes.contains("2022-12-01") == true)
            #expect(events.first?.changes.contains("2024-06-01") == true)
        }
    }

    @Test func aBadDateChangesNothing() async throws {
        try await TestApp.run { browser, app in
            try await browser.login(as: .national)
            try await browser.get("/pilotage/deploiement-agir")
            let response = try await browser.post(
                "/pilotage/deploiement-agir",
                form: [("deploiement-01", "2022-12-01"), ("deploiement-69", "2022-02-30")]
            )
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("Rhône (69) : saisissez une date réelle"))
            let ain = try await TerritoryQueries(database: app.database).departement(code: "01")
            #expect(ain?.agirDeployedOn == CalendarDay(iso: "2024-06-01"))
        }
    }

    @Test func aCorsicanDeploymentDateIsRefusedAsThePageSays() async throws {
        try await TestApp.run { browser, app in
            try await browser.login(as: .national)
            try await browser.get("/pilotage/deploiement-agir")
            let response = try await browser.post(
                "/pilotage/deploiement-agir",
                form: [("deploiement-2A", "2024-06-01")]
            )
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("AGIR ne couvre que la métropole hors Corse"))
            #expect(try await TerritoryQueries(database: app.database).departement(code: "2A")?.agirDeployedOn == nil)
        }
    }
}
