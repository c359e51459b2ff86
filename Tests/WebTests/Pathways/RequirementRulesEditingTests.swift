import Domain
import Foundation
import Services
import TestSupport
import Testing

@Suite("Règles d'exigence : modifiées par le pilotage national, avec historique")
struct RequirementRulesEditingTests {
    /// The 2026 set's fields with the multi-year card raised to B1 (a fictitious change for the test).
    static let raised: [(String, String)] = [
        ("ruleVersion", "2026-01-01 loi 2024-42 (test)"), ("ruleFrom", "2026-01-01"), ("ruleUntil", ""),
        ("required-csp", "b1"), ("exam-csp", "oui"), ("bpiLevel-csp", "oui"), ("bpiExam-csp", "oui"),
        ("renewal-csp", "oui"), ("required-carte_resident", "b1"), ("exam-carte_resident", "oui"),
        ("renewal-carte_resident", "oui"), ("required-naturalisation", "b2"), ("exam-naturalisation", "oui"),
        ("ruleNote", "Essai : décret fictif relevant le niveau de la carte pluriannuelle."),
    ]

    @Test func anEditIsANewRevisionThatTheEngineAndTheAPIApply() async throws {
        try await TestApp.run { browser, app in
            try await browser.login(as: .national)
            let page = try await browser.get("/pilotage/regles?modifier=loi-2024-42")
            #expect(page.text.contains("« 2026-01-01 loi 2024-42 », du 1er janvier 2026, sans fin"))
            let saved = try await browser.post("/pilotage/regles/loi-2024-42", form: Self.raised)
            #expect(saved.location == "/pilotage/regles")
            let after = try await browser.get("/pilotage/regles")
            #expect(after.text.contains("<th scope=\"row\">Carte de séjour pluriannuelle</th><td>B1</td>"))
            #expect(after.text.contains("Essai : décret fictif"))
            #expect(after.text.contains("Claire Dubois"))
            let catalogue = try await RequirementRulesService(environment: app.services).catalogue()
            #expect(catalogue.last?.rule(for: .csp)?.requiredLevel == .b1)
            let accounts = try await AccountService(environment: app.services).list(actor: nil)
            let owner = try #require(accounts.first { $0.summary.role == .ofii }).summary
            let token = try await ApiTokenService(environment: app.services).create(
                account: owner,
                name: "t",
                days: 1,
                confirmation: .commandLine
            )
            let response = try await browser.api(
                "/api/v1/requirements/evaluate",
                token: token.value,
                method: .post,
                json: #"{"date":"2026-06-01","title":"csp","application":"first","protection":"none","proofs":[]}"#
            )
            #expect(response.text.contains(#""required_level" : "B1""#))
            #expect(response.text.contains("(test)"))
        }
    }

    @Test func overlappingPeriodsAndMissingReasonsAreRefused() async throws {
        try await TestApp.run { browser, app in
            try await browser.login(as: .national)
            try await browser.get("/pilotage/regles")
            var overlapping = Self.raised.filter { !["ruleVersion", "ruleFrom"].contains($0.0) }
            overlapping += [("ruleVersion", "2027 loi fictive"), ("ruleFrom", "2026-06-01")]
            let refused = try await browser.post("/pilotage/regles", form: overlapping)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Ces dates chevauchent la version « 2026-01-01 loi 2024-42 »"))
            let unexplained = try await browser.post(
                "/pilotage/regles/loi-2024-42",
                form: Self.raised.filter { $0.0 != "ruleNote" }
            )
            #expect(unexplained.text.contains("Expliquez la modification et citez le texte"))
            let revisions = try await app.database.read { sql in
                try await sql.raw("SELECT COUNT(*) AS n FROM requirement_rule_revisions").first()?
                    .decode(column: "n", as: Int.self)
            }
            #expect(revisions == 2)
        }
    }

    @Test func theNextLawFollowsOnceTheCurrentSetIsShortened() async throws {
        try await TestApp.run { browser, app in
            try await browser.login(as: .national)
            try await browser.get("/pilotage/regles")
            var shortened = Self.raised.filter { !["ruleUntil", "required-csp"].contains($0.0) }
            shortened += [("ruleUntil", "2027-12-31"), ("required-csp", "a2")]
            #expect(try await browser.post("/pilotage/regles/loi-2024-42", form: shortened).location != nil)
            try await browser.get("/pilotage/regles")
            var next = Self.raised.filter { !["ruleVersion", "ruleFrom"].contains($0.0) }
            next += [("ruleVersion", "2028-01-01 loi fictive"), ("ruleFrom", "2028-01-01")]
            #expect(try await browser.post("/pilotage/regles", form: next).location == "/pilotage/regles")
            let catalogue = try await RequirementRulesService(environment: app.services).catalogue()
            #expect(catalogue.map(\.version).last == "2028-01-01 loi fictive")
            let day = try #require(CalendarDay(year: 2027, month: 12, day: 31))
            #expect(RequirementCatalogue.ruleSet(at: day, in: catalogue)?.rule(for: .csp)?.requiredLevel == .a2)
            #expect(
                RequirementCatalogue.ruleSet(at: day.adding(days: 1), in: catalogue)?.rule(for: .csp)?.requiredLevel
                    == .b1
            )
        }
    }
}
