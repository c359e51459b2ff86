import Domain
import Foundation
import Persistence
import SampleData
import Services
import TestSupport
import Testing

@Suite("Contrats territoriaux : parcours complet dans le navigateur de test")
struct ContractFlowTests {
    /// The prefecture creates a CTAI of Villeurbanne and Vaulx-en-Velin with the Métropole, an axis and an action
    /// serving Grande Île; returns the contract's and the action's paths.
    static func drafted(_ browser: Browser) async throws -> (contract: String, action: String) {
        try await browser.login(as: .prefecture)
        try await browser.get("/ctai/nouveau")
        let created = try await browser.post(
            "/ctai/nouveau",
            form: [
                ("contractKind", "ctai"), ("contractTitle", "CTAI de l'Est lyonnais"), ("contractDepartements", "69"),
                ("contractStart", "2026-01-01"), ("contractEnd", "2028-12-31"), ("contractPrefect", "Préfète du Rhône"),
                ("contractCommunes", "69266 69256"),
            ]
        )
        let contract = try #require(created.location)
        var page = try await browser.get(contract)
        let metropole = try #require(
            page.text.firstMatch(of: /<option value="([^"]+)">Métropole de Lyon \(démo\)<\/option>/)?.1
        )
        #expect(
            try await browser.post(
                contract + "/signataires",
                form: [
                    ("signatoryKind", "metropole"), ("signatoryName", "Métropole de Lyon"),
                    ("signatorySiren", "200 046 977"), ("signatorySigner", "Président de la Métropole"),
                    ("signatoryOrganisation", String(metropole)),
                ]
            ).location == contract
        )
        try await browser.post(
            contract + "/axes",
            form: [("axisDomain", "francais"), ("axisTitle", "Apprendre le français")]
        )
        page = try await browser.get(contract)
        let axis = try #require(
            page.text.firstMatch(of: /<option value="([^"]+)">Axe 1 – Apprendre le français<\/option>/)?.1
        )
        let action = [
            ("actionAxis", String(axis)), ("actionTitle", "Ateliers sociolinguistiques"),
            ("actionLead", String(metropole)),
            ("actionAudience", "Primo-arrivants"), ("actionStart", "2026-03-01"), ("actionEnd", "2028-06-30"),
        ]
        // Grande Île (Vaulx-en-Velin) is in the territory; Les Minguettes (Vénissieux) is not.
        let refused = try await browser.post(contract + "/actions", form: action + [("actionQPV", "QN06913M")])
        #expect(refused.status == .unprocessableContent)
        #expect(refused.text.contains("Ces quartiers ne sont pas dans le territoire du contrat : QN06913M."))
        #expect(
            try await browser.post(contract + "/actions", form: action + [("actionQPV", "QN06916M")]).location
                == contract
        )
        page = try await browser.get(contract)
        let actionPath = try #require(
            page.text.firstMatch(of: /href="(\/ctai\/actions\/[^"]+)">Ateliers sociolinguistiques/)?.1
        )
        return (contract, String(actionPath))
    }

    @Test func thePrefectureSignsAndReviewsThenTheLocalAuthorityReportsAndThePublicSeesIt() async throws {
        try await TestApp.run { browser, app in
            try await DemoLocalAuthority(environment: app.services).load()
            let (contract, action) = try await Self.drafted(browser)
            try await browser.get(action)
            try await browser.post(
                action + "/indicateurs",
                form: [("indicatorLabel", "Apprenants"), ("indicatorUnit", "personnes")]
            )
            try await browser.post(
                action + "/financements",
                form: [
                    ("fundingSource", "p104"), ("fundingFrom", "2026"), ("fundingTo", "2028"),
                    ("fundingAmount", "30 000"),
                ]
            )
            let badLine = try await browser.post(
                action + "/financements",
                form: [
                    ("fundingSource", "p147"), ("fundingFrom", "2028"), ("fundingTo", "2027"),
                    ("fundingAmount", "5 000"),
                ]
            )
            #expect(badLine.text.contains("Un financement ne peut pas finir avant de commencer"))
            try await browser.get(contract)
            #expect(
                try await browser.post(contract + "/signature", form: [("signedOn", "2026-11-20")]).location == contract
            )
            var page = try await browser.get(contract)
            #expect(
                page.text.contains("Contrat signé : le diagnostic territorial du jour de la signature est conservé.")
            )
            #expect(page.text.contains("Dernier diagnostic conservé : à la signature, le 20 novembre 2026"))
            #expect(page.text.contains("<td class=\"numeric\">\(Money(euros: 30_000).french)</td>"))
            let early = try await browser.post(
                contract + "/comites",
                form: [("reviewOn", "2026-11-19"), ("reviewParticipants", "Préfecture, Métropole")]
            )
            #expect(early.text.contains("Cette date précède la signature du contrat (20 novembre 2026)."))
            let review = try #require(
                try await browser.post(
                    contract + "/comites",
                    form: [("reviewOn", "2026-11-26"), ("reviewParticipants", "Préfecture, Métropole")]
                ).location
            )
            try await browser.get(review)
            #expect(
                try await browser.post(
                    review + "/decisions",
                    form: [
                        ("decisionText", "Ouvrir un atelier à Saint-Fons"), ("decisionOwner", "DDETS du Rhône"),
                        ("decisionDue", "2027-03-31"),
                    ]
                ).location == review
            )
            page = try await browser.get(review)
            #expect(page.text.contains("Comité de pilotage du 26 novembre 2026"))
            #expect(page.text.contains("Ouvrir un atelier à Saint-Fons"))
            try await browser.post("/deconnexion", form: [])

            try await browser.login(email: DemoLocalAuthority.email, password: DemoDepartement.password)
            #expect(try await browser.get("/ctai").text.contains("CTAI de l&#39;Est lyonnais"))
            page = try await browser.get(action)
            let indicator = try #require(
                page.text.firstMatch(of: /<option value="([^"]+)">Apprenants \(personnes\)<\/option>/)?.1
            )
            #expect(!page.text.contains("Fixer une cible"))
            #expect(
                try await browser.post(
                    action + "/resultats",
                    form: [("resultIndicator", String(indicator)), ("resultYear", "2026"), ("resultValue", "37")]
                ).location == action
            )
            #expect(try await browser.get(action).text.contains("<td class=\"numeric\">37</td>"))
            #expect(
                try await browser.post(contract + "/signature", form: [("signedOn", "2026-11-20")]).status == .forbidden
            )
            try await browser.post("/deconnexion", form: [])

            let public_ = try await browser.get("/contrats-territoriaux")
            #expect(public_.status == .ok)
            #expect(public_.text.contains("CTAI de l&#39;Est lyonnais"))
            #expect(public_.text.contains("Métropole de Lyon (métropole)"))
            let csv = try await browser.get("/contrats-territoriaux.csv")
            #expect(
                csv.text.contains(
                    "CTAI de l'Est lyonnais;CTAI;Rhône (69);État (Préfète du Rhône) / Métropole de Lyon (métropole);200046977;Apprendre le français;2026-11-20"
                )
            )
        }
    }

    @Test func aPrefectureOfAnotherDepartementAndAnotherLocalAuthorityGetNotFound() async throws {
        try await TestApp.run { browser, app in
            try await DemoLocalAuthority(environment: app.services).load()
            let hash = try await PasswordHasher(cost: 4).hash(DemoDepartement.password)
            try await app.database.write { sql in
                let prefecture = try #require(
                    try await AccountRecords.credentials(email: DemoDepartement.email(for: .prefecture), in: sql)?
                        .account
                )
                for (email, role, scope, organisation) in [
                    ("prefecture13@exemple.fr", Role.prefecture, "13", prefecture.organisationID)
                ] {
                    try await AccountRecords.insert(
                        NewAccount(
                            id: email,
                            organisationID: organisation,
                            email: email,
                            displayName: "Agent 13",
                            role: role,
                            scope: .departements([scope]),
                            passwordHash: hash
                        ),
                        at: Date(),
                        in: sql
                    )
                }
            }
            let (contract, action) = try await Self.drafted(browser)
            try await browser.post("/deconnexion", form: [])
            try await browser.login(email: "prefecture13@exemple.fr", password: DemoDepartement.password)
            #expect(try await browser.get(contract).status == .notFound)
            #expect(try await browser.get(action).status == .notFound)
            #expect(
                try await browser.post(contract + "/signature", form: [("signedOn", "2026-11-20")]).status == .notFound
            )
            try await browser.post("/deconnexion", form: [])
            // The training provider's partner account signed nothing and leads nothing here.
            try await browser.login(as: .partenaire)
            #expect(try await browser.get(contract).status == .notFound)
            #expect(!(try await browser.get("/ctai").text.contains("CTAI de l&#39;Est lyonnais")))
        }
    }

    @Test func theSteeringPagesExportTheirFigures() async throws {
        try await TestApp.run { browser, app in
            try await DemoLocalAuthority(environment: app.services).load()
            let (contract, _) = try await Self.drafted(browser)
            try await browser.post(contract + "/signature", form: [("signedOn", "2026-11-20")])
            try await browser.post("/deconnexion", form: [])
            try await browser.login(as: .national)
            let page = try await browser.get("/ctai/pilotage/france?annee=2026")
            #expect(page.status == .ok)
            #expect(page.text.contains("Contrats en vigueur par département"))
            let csv = try await browser.get("/ctai/pilotage/regions/84?annee=2026&format=csv")
            #expect(csv.text.contains("Rhône (69);69;0;1;0;0;1;1;1;0.00;0.00;0.00;0.00;0.00;0.00;–"))
            let xlsx = try await browser.get("/ctai/pilotage/departements/69?format=xlsx")
            #expect(xlsx.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            let commune = try await browser.get("/territoires/communes/69256")
            #expect(commune.text.contains("CTAI de l&#39;Est lyonnais"))
            let qpv = try await browser.get("/territoires/qpv/QN06916M")
            #expect(qpv.text.contains("Ateliers sociolinguistiques"))
        }
    }
}
