import Domain
import Foundation
import Testing

@Suite("RequirementCatalogue")
struct CatalogueTests {
    @Test(
        "31 décembre 2025 → ancien régime ; 1 janvier 2026 → loi 2024-42",
        arguments: [
            ("2020-04-01", RequirementCatalogue.before2026.version),
            ("2025-12-31", RequirementCatalogue.before2026.version),
            ("2026-01-01", RequirementCatalogue.from2026.version),
            ("2040-06-15", RequirementCatalogue.from2026.version),
        ]
    )
    func ruleSetByDate(iso: String, version: String) {
        #expect(RequirementCatalogue.ruleSet(at: day(iso))?.version == version)
    }

    @Test("avant le 1 avril 2020, aucun jeu n'est fourni")
    func noRuleSetBefore2020() {
        #expect(RequirementCatalogue.ruleSet(at: day("2020-03-31")) == nil)
        #expect(RequirementCatalogue.ruleSet(at: day("2026-01-01"), in: []) == nil)
    }

    @Test("les versions intégrées sont contiguës et ne se chevauchent pas")
    func builtInIsConsistent() throws {
        #expect(RequirementCatalogue.overlappingVersions(in: RequirementCatalogue.builtIn).isEmpty)
        let end = try #require(RequirementCatalogue.before2026.validUntil)
        #expect(end == day("2025-12-31"))
        #expect(end.adding(days: 1) == RequirementCatalogue.from2026.validFrom)
        #expect(RequirementCatalogue.from2026.validUntil == nil)
        #expect(RequirementCatalogue.from2026.version == "2026-01-01 loi 2024-42")
    }

    @Test("un chevauchement est signalé")
    func overlapIsReported() {
        let clash = RequirementRuleSet(version: "test", validFrom: day("2025-12-31"), validUntil: nil, rules: [])
        let problems = RequirementCatalogue.overlappingVersions(in: RequirementCatalogue.builtIn + [clash])
        #expect(problems.count == 2)
        #expect(problems.allSatisfy { $0.contains("« test »") })
    }

    @Test("chaque jeu intégré a exactement une règle par titre", arguments: RequirementCatalogue.builtIn)
    func oneRulePerTitle(ruleSet: RequirementRuleSet) {
        #expect(
            ruleSet.rules.map(\.title).sorted { $0.rawValue < $1.rawValue }
                == ResidenceTitle.allCases.sorted { $0.rawValue < $1.rawValue }
        )
    }

    @Test("les données des deux régimes sont celles des textes")
    func builtInData() throws {
        let old = RequirementCatalogue.before2026
        let new = RequirementCatalogue.from2026
        for title in ResidenceTitle.allCases {
            let oldRule = try #require(old.rule(for: title))
            let newRule = try #require(new.rule(for: title))
            #expect(oldRule.requiredLevel == levelBefore2026[title])
            #expect(newRule.requiredLevel == levelFrom2026[title])
            #expect(!oldRule.civicExamRequired)
            #expect(newRule.civicExamRequired)
            #expect(newRule.renewalExempt == (title != .naturalisation))
            #expect(newRule.protectionExemptFromLevel == (title == .csp))
            #expect(newRule.protectionExemptFromCivicExam == (title == .csp))
        }
        #expect(old.rule(for: .csp)?.aimedLevel == .a1)
    }

    @Test("le catalogue s'écrit et se relit en JSON sans perte")
    func jsonRoundTrip() throws {
        let data = try RequirementCatalogue.encode(RequirementCatalogue.builtIn)
        #expect(try RequirementCatalogue.decode(json: data) == RequirementCatalogue.builtIn)
        #expect(String(decoding: data, as: UTF8.self).contains(#""validFrom" : "2026-01-01""#))
    }

    @Test("une nouvelle loi est un changement de données")
    func nextLawIsData() throws {
        let json = """
            [{"version": "2030-01-01 loi fictive", "validFrom": "2030-01-01", "validUntil": null,
              "rules": [{"title": "csp", "requiredLevel": "b1", "civicExamRequired": true,
                         "protectionExemptFromLevel": false, "protectionExemptFromCivicExam": false,
                         "renewalExempt": true}]}]
            """
        let future = try RequirementCatalogue.decode(json: Data(json.utf8))
        #expect(future.first?.rule(for: .csp)?.aimedLevel == nil)
        let closed2026 = RequirementRuleSet(
            version: RequirementCatalogue.from2026.version,
            validFrom: RequirementCatalogue.from2026.validFrom,
            validUntil: day("2029-12-31"),
            rules: RequirementCatalogue.from2026.rules
        )
        let catalogue = [RequirementCatalogue.before2026, closed2026] + future
        #expect(RequirementCatalogue.overlappingVersions(in: catalogue).isEmpty)

        let before = try evaluate(on: "2029-12-31", title: .csp, protection: .refugee, catalogue: catalogue)
        #expect(before.requiredLevel == nil)
        let after = try evaluate(on: "2030-01-01", title: .csp, protection: .refugee, catalogue: catalogue)
        #expect(after.requiredLevel == .b1)
        #expect(after.civicExamRequired)
        #expect(after.ruleVersion == "2030-01-01 loi fictive")
    }

    @Test("une date JSON invalide fait échouer la lecture du catalogue")
    func invalidJSONDate() {
        let json = #"[{"version": "x", "validFrom": "2030-02-30", "rules": []}]"#
        #expect(throws: DecodingError.self) { try RequirementCatalogue.decode(json: Data(json.utf8)) }
    }
}
