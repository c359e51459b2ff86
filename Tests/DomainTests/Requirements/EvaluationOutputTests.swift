import Domain
import Foundation
import Testing

@Suite("Sortie du moteur")
struct EvaluationOutputTests {
    @Test(
        "la version des règles appliquées est rapportée",
        arguments: [
            ("2020-04-01", "2020-04-01 décret 2019-1507 (régime antérieur à la loi 2024-42)"),
            ("2025-12-31", "2020-04-01 décret 2019-1507 (régime antérieur à la loi 2024-42)"),
            ("2026-01-01", "2026-01-01 loi 2024-42"),
        ]
    )
    func ruleVersionReported(iso: String, version: String) throws {
        #expect(try evaluate(on: iso, title: .naturalisation).ruleVersion == version)
        #expect(try evaluate(on: iso, title: .csp, application: .renewal).ruleVersion == version)
    }

    @Test("une date sans jeu de règles lève une erreur explicite")
    func dateWithoutRuleSet() {
        #expect(throws: RequirementEngineError.noRuleSet(date: day("2020-03-31"))) {
            try evaluate(on: "2020-03-31", title: .csp)
        }
        #expect(
            RequirementEngineError.noRuleSet(date: day("2020-03-31")).description
                == "aucun jeu de règles ne couvre un dépôt le 31 mars 2020"
        )
        #expect(throws: RequirementEngineError.noRuleSet(date: day("2026-01-01"))) {
            try evaluate(on: "2026-01-01", title: .csp, catalogue: [])
        }
    }

    @Test("un titre absent du jeu applicable lève une erreur explicite")
    func titleWithoutRule() {
        let partial = RequirementRuleSet(version: "partiel", validFrom: day("2026-01-01"), validUntil: nil, rules: [])
        #expect(throws: RequirementEngineError.noRuleForTitle(title: .naturalisation, ruleVersion: "partiel")) {
            try evaluate(on: "2026-01-01", title: .naturalisation, catalogue: [partial])
        }
        #expect(
            RequirementEngineError.noRuleForTitle(title: .naturalisation, ruleVersion: "partiel").description
                == "le jeu de règles « partiel » ne prévoit rien pour : naturalisation"
        )
    }

    @Test("ordre stable des conditions d'une première demande en 2026")
    func conditionOrder() throws {
        let evaluation = try evaluate(on: "2026-01-01", title: .carteResident)
        #expect(evaluation.conditions.map(\.code) == ["language_level"] + skillCodes + ["civic_exam"])
        #expect(evaluation.unmetConditions.count == 6)
        #expect(evaluation.met == evaluation.conditions.allSatisfy(\.met))
    }

    @Test("la langue seule ne suffit pas, l'examen seul non plus")
    func bothConditionsNeeded() throws {
        let proofs = [LanguageProof.certification("TCF", date: day("2025-12-01"), allSkills: .b1)]
        let exams = [CivicExamResult(version: .carteResident, date: day("2026-01-05"), score: 33)]
        #expect(try !evaluate(on: "2026-02-01", title: .carteResident, proofs: proofs).met)
        #expect(try !evaluate(on: "2026-02-01", title: .carteResident, exams: exams).met)
        #expect(try evaluate(on: "2026-02-01", title: .carteResident, proofs: proofs, exams: exams).met)
    }

    @Test("une évaluation s'écrit et se relit en JSON")
    func evaluationCodable() throws {
        let evaluation = try evaluate(
            on: "2026-02-01",
            title: .csp,
            proofs: [.certification("TCF", date: day("2025-12-01"), levels: [.oralComprehension: .a2])]
        )
        let data = try JSONEncoder().encode(evaluation)
        #expect(try JSONDecoder().decode(RequirementEvaluation.self, from: data) == evaluation)
    }
}
