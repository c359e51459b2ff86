import Domain
import Foundation
import Persistence
import Services
import TestSupport
import Testing

@Suite("Orientation OFII → opérateur → référent")
struct ReferralFlowTests {
    static let amina: [(String, String)] = [
        ("referralDate", "2026-11-20"), ("departement", "69"), ("commune", "69266"),
        ("documentNames", "AHMADZAI Amina"), ("usualNames", ""), ("birthYear", "1994"), ("birthMonth", "3"),
        ("birthDay", ""), ("sex", "F"), ("nationality", "AF"), ("protection", "refugee"),
        ("protectionAuthority", "OFPRA"), ("protectionDate", "2026-05-04"), ("cirSignatureDate", "2026-11-02"),
        ("agdref", "6912345678"),
    ]

    /// Signs in as OFII, refers Amina and returns the referral's path.
    static func refer(_ browser: Browser, form: [(String, String)] = amina) async throws -> String {
        try await browser.login(as: .ofii)
        try await browser.get("/orientations/nouvelle")
        let response = try await browser.post("/orientations/nouvelle", form: form)
        #expect(response.status == .seeOther, "\(response.text.prefix(2000))")
        return response.location ?? ""
    }

    @Test func anOfiiReferralIsEligibleAndReachesTheOperatorsManager() async throws {
        try await TestApp.run { browser, _ in
            let path = try await Self.refer(browser)
            let page = try await browser.get(path)
            #expect(page.text.contains("Ménage orienté vers l&#39;opérateur AGIR."))
            #expect(page.text.contains("Éligible à AGIR à la date d&#39;orientation"))
            #expect(page.text.contains("Accueil et Parcours Rhône (démo)"))
            try await browser.post("/deconnexion", form: [])

            try await browser.login(as: .responsable)
            let list = try await browser.get("/orientations")
            #expect(list.text.contains("AHMADZAI Amina"))
            #expect(list.text.contains("En attente de l&#39;opérateur"))
            let detail = try await browser.get(path)
            let caseworker = try #require(
                detail.text.firstMatch(of: /<option value="([^"]+)">Camille Martin<\/option>/)?.1
            )
            let accepted = try await browser.post(
                path + "/decision",
                form: [("decision", "accepter"), ("caseworker", String(caseworker))]
            )
            #expect(accepted.location == path)
            #expect(try await browser.get(path).text.contains("Référent</dt><dd>Camille Martin"))
            try await browser.post("/deconnexion", form: [])

            try await browser.login(as: .referent)
            let households = try await browser.get("/menages")
            #expect(households.text.contains("AHMADZAI Amina"))
            // CIR signed on 2 November: the commitment contract is due on 2 December, in 5 days on 27 November.
            #expect(households.text.contains("À signer avant le 2 décembre 2026 (dans 5 jours)"))
        }
    }

    @Test func aDeclineNeedsAReasonThatOfiiThenSees() async throws {
        try await TestApp.run { browser, _ in
            let path = try await Self.refer(browser)
            try await browser.post("/deconnexion", form: [])
            try await browser.login(as: .responsable)
            try await browser.get(path)
            let missing = try await browser.post(path + "/decision", form: [("decision", "refuser"), ("reason", " ")])
            #expect(missing.status == .unprocessableContent)
            #expect(missing.text.contains("Indiquez le motif du refus"))
            try await browser.post(
                path + "/decision",
                form: [("decision", "refuser"), ("reason", "Ménage déjà suivi par un CPH")]
            )
            try await browser.post("/deconnexion", form: [])
            try await browser.login(as: .ofii)
            let page = try await browser.get(path)
            #expect(page.text.contains("Refusée"))
            #expect(page.text.contains("Ménage déjà suivi par un CPH"))
        }
    }

    @Test func aSecondReferralOfTheSamePersonShowsTheDuplicateFirst() async throws {
        try await TestApp.run { browser, _ in
            _ = try await Self.refer(browser)
            var again = Self.amina.filter { $0.0 != "documentNames" && $0.0 != "agdref" }
            again.append(("documentNames", "Amina Ahmadzay"))
            again.append(("agdref", ""))
            try await browser.get("/orientations/nouvelle")
            let held = try await browser.post("/orientations/nouvelle", form: again)
            #expect(held.status == .unprocessableContent)
            #expect(held.text.contains("Un dossier ressemble à cette personne"))
            #expect(held.text.contains("AHMADZAI Amina"))
            let created = try await browser.post(
                "/orientations/nouvelle",
                form: again + [("duplicatesReviewed", "oui")]
            )
            #expect(created.status == .seeOther)
        }
    }

    @Test func badInputGetsAMessagePerFieldAndWritesNothing() async throws {
        try await TestApp.run { browser, app in
            try await browser.login(as: .ofii)
            try await browser.get("/orientations/nouvelle")
            let response = try await browser.post(
                "/orientations/nouvelle",
                form: [
                    ("referralDate", "2027-01-01"), ("departement", "75"), ("documentNames", ""), ("birthYear", "94"),
                    ("sex", ""), ("nationality", "ZZ"), ("protection", "refugee"), ("protectionDate", ""),
                ]
            )
            #expect(response.status == .unprocessableContent)
            for message in [
                "ne peut pas être dans le futur", "Choisissez le département", "tels qu&#39;ils figurent",
                "année de naissance", "Choisissez le sexe", "Choisissez la nationalité",
                "date de la décision de protection",
            ] {
                #expect(response.text.contains(message), "\(message)")
            }
            let count = try await app.database.read { sql in
                try await sql.raw("SELECT COUNT(*) AS n FROM referrals").first()?.decode(column: "n", as: Int.self)
            }
            #expect(count == 0)
        }
    }

    @Test func anotherOrganisationsReferralIsNotFound() async throws {
        try await TestApp.run { browser, app in
            let path = try await Self.refer(browser)
            try await browser.post("/deconnexion", form: [])
            // A second OFII direction elsewhere must not see the Rhône's referral.
            let otherID = try await OrganisationService(environment: app.services).create(
                OrganisationInput(
                    name: "OFII Marseille",
                    kind: "direction_ofii",
                    siret: "",
                    rna: "",
                    departementCodes: ["13"]
                ),
                actor: nil
            )
            _ = try await AccountService(environment: app.services).create(
                AccountInput(
                    organisationID: otherID,
                    email: "ofii13@exemple.fr",
                    displayName: "Agent 13",
                    role: "ofii",
                    scopeKind: "departements",
                    departementCodes: ["13"],
                    regionCode: ""
                ),
                password: "mot de passe long et sur",
                actor: nil
            )
            try await browser.get("/connexion")
            try await browser.post(
                "/connexion",
                form: [("email", "ofii13@exemple.fr"), ("password", "mot de passe long et sur")]
            )
            #expect(try await browser.get(path).status == .notFound)
            #expect(!(try await browser.get("/orientations").text.contains("AHMADZAI")))
        }
    }

    @Test func openingAHouseholdFileIsAudited() async throws {
        try await TestApp.run { browser, app in
            let path = try await Self.refer(browser)
            try await browser.post("/deconnexion", form: [])
            try await browser.login(as: .responsable)
            let detail = try await browser.get(path)
            let caseworker = try #require(
                detail.text.firstMatch(of: /<option value="([^"]+)">Camille Martin<\/option>/)?.1
            )
            try await browser.post(
                path + "/decision",
                form: [("decision", "accepter"), ("caseworker", String(caseworker))]
            )
            let list = try await browser.get("/menages")
            let household = try #require(list.text.firstMatch(of: /href="(\/menages\/[^"]+)"/)?.1)
            let file = try await browser.get(String(household))
            #expect(file.text.contains("Membres du ménage"))
            #expect(file.text.contains("Réfugié le 4 mai 2026"))
            let reads = try await app.database.read { sql in
                try await AuditRecords.search(AuditFilter(action: "dossier.consultation"), limit: 5, offset: 0, in: sql)
            }
            #expect(reads.count == 1)
            #expect(reads.first?.personID != nil)
            #expect(reads.first?.accountEmail == "responsable@demo.parcours.test")
            #expect(try await app.services.verifyAuditLog() != .intact(events: 0))
        }
    }
}
