import Domain
import Foundation
import Persistence
import Services
import TestSupport
import Testing

@Suite("Parcours : CIR, justificatifs, examen civique et exigences")
struct PathwayFlowTests {
    /// The pathway page of Amina (refugee, CIR signed on 2 November 2026), welcomed on 24 November 2026.
    static func pathway(_ browser: Browser) async throws -> (household: String, pathway: String) {
        let household = try await MilestoneFlowTests.welcomedHousehold(browser)
        let page = try await browser.get(household)
        let person = try #require(page.text.firstMatch(of: /href="(\/personnes\/[^"]+\/parcours)"/)?.1)
        return (household, String(person))
    }

    /// The requirement row of a title as the page prints it.
    static func row(_ title: String, _ level: String, met: Bool) -> String {
        "<th scope=\"row\">\(title)</th><td>\(level)</td><td>Exigé</td><td class=\"status-\(met ? "met" : "missing")\">"
            + "Conditions \(met ? "remplies" : "non remplies")</td>"
    }

    static let b1Certificate: [(String, String)] =
        [("proofKind", "tcf_irn"), ("proofDate", "2026-11-20"), ("proofReference", "TCF-0001")]
        + LanguageSkill.allCases.map { ("proofLevel-\($0.rawValue)", "b1") }

    static func exam(score: String) -> [(String, String)] {
        [
            ("examVersion", "carte_resident"), ("examDate", "2026-11-25"), ("examScore", score),
            ("examCentre", "CCI Lyon"),
        ]
    }

    @Test func theStatusChangesWithACertificateAndThePassMarkOf32() async throws {
        try await TestApp.run { browser, _ in
            let (_, pathway) = try await Self.pathway(browser)
            var page = try await browser.get(pathway)
            #expect(page.text.contains("Parcours de AHMADZAI Amina"))
            #expect(page.text.contains(Self.row("Carte de résident", "B1", met: false)))
            // A refugee is exempt from the multi-year card's A2 and exam: nothing is required.
            #expect(page.text.contains("<th scope=\"row\">Carte de séjour pluriannuelle</th><td>Aucun</td>"))
            #expect(try await browser.post(pathway + "/justificatifs", form: Self.b1Certificate).location == pathway)
            #expect(
                try await browser.post(pathway + "/examens-civiques", form: Self.exam(score: "31")).location == pathway
            )
            page = try await browser.get(pathway)
            #expect(page.text.contains(Self.row("Carte de résident", "B1", met: false)))
            #expect(page.text.contains("31/40"))
            #expect(page.text.contains("Non réussi"))
            try await browser.post(pathway + "/examens-civiques", form: Self.exam(score: "32"))
            page = try await browser.get(pathway)
            #expect(page.text.contains(Self.row("Carte de résident", "B1", met: true)))
            // Naturalisation still needs B2 in each skill: the page says which ones.
            #expect(page.text.contains("B2 manquant en expression écrite (meilleur niveau valable : B1)"))
            // The certificate counts until the day before its second anniversary.
            #expect(page.text.contains("<td>19 novembre 2028</td>"))
        }
    }

    @Test func badInputGetsAMessagePerFieldAndWritesNothing() async throws {
        try await TestApp.run { browser, app in
            let (_, pathway) = try await Self.pathway(browser)
            try await browser.get(pathway)
            let earlier = try await browser.post(
                pathway + "/cir",
                form: [
                    ("cirSignedOn", "2025-06-30"), ("languageHours", "300"), ("civicSession1", "2025-06-29"),
                    ("finalLevel", "a1"),
                ]
            )
            #expect(earlier.status == .unprocessableContent)
            #expect(
                earlier.text.contains(
                    "Avant le 1er juillet 2025, le parcours linguistique dure 100, 200, 400 ou 600 heures."
                )
            )
            #expect(earlier.text.contains("La séance 1 ne peut pas précéder la signature du CIR."))
            #expect(earlier.text.contains("Indiquez d&#39;abord la date de fin de formation."))
            let exam = try await browser.post(pathway + "/examens-civiques", form: Self.exam(score: "41"))
            #expect(exam.status == .unprocessableContent)
            #expect(exam.text.contains("Saisissez le nombre de bonnes réponses, de 0 à 40."))
            let proof = try await browser.post(
                pathway + "/justificatifs",
                form: [("proofKind", "tcf_irn"), ("proofDate", "2026-11-20"), ("proofLevel-oral_comprehension", "b1")]
            )
            #expect(proof.text.contains("Choisissez le niveau obtenu en compréhension écrite."))
            let written = try await app.database.read { sql in
                try await sql.raw(
                    "SELECT (SELECT COUNT(*) FROM cir_records) + (SELECT COUNT(*) FROM civic_exams) + (SELECT COUNT(*) FROM language_proofs) AS n"
                ).first()?.decode(column: "n", as: Int.self)
            }
            #expect(written == 0)
            // From 1 July 2025 any path up to 600 hours is possible.
            let saved = try await browser.post(
                pathway + "/cir",
                form: [("cirSignedOn", "2025-07-01"), ("languageHours", "300"), ("civicSession1", "2025-07-08")]
            )
            #expect(saved.location == pathway)
            let page = try await browser.get(pathway)
            #expect(page.text.contains("300 heures"))
            #expect(page.text.contains("1 séance sur 4 (6 h sur 24 h)"))
        }
    }

    @Test func theRequirementsFollowTheApplicationKindAndDay() async throws {
        try await TestApp.run { browser, _ in
            let (_, pathway) = try await Self.pathway(browser)
            // On 31 December 2025 the earlier rules apply: the resident card needs A2 and no civic exam.
            let before = try await browser.get(pathway + "?demande=premiere&date=2025-12-31")
            #expect(before.text.contains("Exigences pour une première demande, à la date du 31 décembre 2025"))
            #expect(before.text.contains("<th scope=\"row\">Carte de résident</th><td>A2</td><td>Non exigé</td>"))
            let after = try await browser.get(pathway + "?demande=premiere&date=2026-01-01")
            #expect(after.text.contains("<th scope=\"row\">Carte de résident</th><td>B1</td><td>Exigé</td>"))
            let renewal = try await browser.get(pathway + "?demande=renouvellement")
            #expect(renewal.text.contains("Exigences pour un renouvellement"))
            #expect(renewal.text.contains("<th scope=\"row\">Carte de résident</th><td>Aucun</td><td>Non exigé</td>"))
            let wrong = try await browser.get(pathway + "?date=2026-02-30")
            #expect(wrong.text.contains("Saisissez une date de demande réelle (jour, mois, année)."))
        }
    }

    @Test func thePlansEmploymentActionsAndSituationsShowOnThePathway() async throws {
        try await TestApp.run { browser, _ in
            let (household, pathway) = try await Self.pathway(browser)
            try await browser.post(
                household + "/objectifs",
                form: [("goalDomain", "emploi_formation"), ("goalPerson", ""), ("goalTitle", "Trouver un emploi")]
            )
            let file = try await browser.get(household)
            let goal = try #require(file.text.firstMatch(of: /<option value="([^"]+)">Trouver un emploi<\/option>/)?.1)
            try await browser.post(
                household + "/actions",
                form: [
                    ("actionGoal", String(goal)), ("actionDescription", "Atelier CV avec France Travail"),
                    ("actionActor", "referent"), ("actionPartner", ""), ("actionDue", "2026-12-15"),
                ]
            )
            let page = try await browser.get(pathway)
            #expect(
                page.text.contains("<th scope=\"row\">Atelier CV avec France Travail</th><td>15 décembre 2026</td>")
            )
            // The situation at entry was recorded at the welcome interview.
            #expect(page.text.contains("Demandeur d&#39;emploi non inscrit à France Travail"))
        }
    }

    @Test func anEntryMadeByMistakeIsWithdrawnAndTheAuditLogKeepsIt() async throws {
        try await TestApp.run { browser, app in
            let (_, pathway) = try await Self.pathway(browser)
            try await browser.get(pathway)
            try await browser.post(pathway + "/justificatifs", form: Self.b1Certificate)
            try await browser.post(pathway + "/examens-civiques", form: Self.exam(score: "35"))
            var page = try await browser.get(pathway)
            #expect(page.text.contains(Self.row("Carte de résident", "B1", met: true)))
            let exam = try #require(
                page.text.firstMatch(
                    of: /name="entry" value="examen"\/?><input type="hidden" name="entryID" value="([^"]+)"/
                )?.1
            )
            let unknown = try await browser.post(
                pathway + "/retrait",
                form: [("entry", "examen"), ("entryID", "inconnu")]
            )
            #expect(unknown.status == .notFound)
            let withdrawn = try await browser.post(
                pathway + "/retrait",
                form: [("entry", "examen"), ("entryID", String(exam))]
            )
            #expect(withdrawn.location == pathway)
            page = try await browser.get(pathway)
            #expect(page.text.contains("Saisie retirée"))
            #expect(page.text.contains(Self.row("Carte de résident", "B1", met: false)))
            let audited = try await app.database.read { sql in
                try await sql.raw("SELECT changes FROM audit_events WHERE action = 'parcours.retrait'").first()?
                    .decode(column: "changes", as: String.self)
            }
            #expect(audited?.contains("examen civique du 2026-11-25, 35/40") == true)
        }
    }

    @Test func theReadOfAPathwayIsAudited() async throws {
        try await TestApp.run { browser, app in
            let (_, pathway) = try await Self.pathway(browser)
            try await browser.get(pathway)
            let reads = try await app.database.read { sql in
                try await sql.raw("SELECT COUNT(*) AS n FROM audit_events WHERE record_type = 'parcours'").first()?
                    .decode(column: "n", as: Int.self)
            }
            #expect(reads == 1)
        }
    }
}
