import Domain
import Testing

@Suite("Bascule du 1 janvier 2026")
struct TransitionDateTests {
    @Test("31 décembre 2025 : ancien niveau, pas d'examen civique", arguments: ResidenceTitle.allCases)
    func lastDayOfOldRegime(title: ResidenceTitle) throws {
        let evaluation = try evaluate(on: "2025-12-31", title: title)
        #expect(evaluation.requiredLevel == levelBefore2026[title])
        #expect(!evaluation.civicExamRequired)
        #expect(evaluation.ruleVersion == RequirementCatalogue.before2026.version)
        #expect(evaluation.condition(RequirementConditionCode.civicExam)?.met == true)
    }

    @Test("1 janvier 2026 : nouveau niveau et examen civique", arguments: ResidenceTitle.allCases)
    func firstDayOfNewRegime(title: ResidenceTitle) throws {
        let evaluation = try evaluate(on: "2026-01-01", title: title)
        #expect(evaluation.requiredLevel == levelFrom2026[title])
        #expect(evaluation.civicExamRequired)
        #expect(evaluation.ruleVersion == "2026-01-01 loi 2024-42")
        #expect(!evaluation.met)
    }

    @Test(
        "les mêmes preuves suffisent le 31 décembre 2025 et plus le 1 janvier 2026",
        arguments: ResidenceTitle.allCases
    )
    func sameProofsAcrossTheBoundary(title: ResidenceTitle) throws {
        let oldLevel = levelBefore2026[title] ?? .belowA1_1
        let proofs = [LanguageProof.certification("TCF", date: day("2025-10-01"), allSkills: oldLevel)]
        #expect(try evaluate(on: "2025-12-31", title: title, proofs: proofs).met)
        #expect(try !evaluate(on: "2026-01-01", title: title, proofs: proofs).met)
    }

    @Test("avant 2026, la CSP n'exige aucun niveau : A1 visé, assiduité seulement")
    func cspBefore2026() throws {
        let evaluation = try evaluate(on: "2025-12-31", title: .csp)
        #expect(evaluation.met)
        #expect(evaluation.requiredLevel == nil)
        #expect(
            evaluation.conditions.map(\.code) == [
                RequirementConditionCode.languageLevel, RequirementConditionCode.civicExam,
            ]
        )
        #expect(
            evaluation.condition(RequirementConditionCode.languageLevel)?.explanation
                == "aucun niveau de français exigé pour une première carte de séjour pluriannuelle (A1 visé, assiduité à la formation seulement)"
        )
        #expect(
            evaluation.condition(RequirementConditionCode.civicExam)?.explanation
                == "examen civique non exigé pour une première carte de séjour pluriannuelle à cette date"
        )
    }

    @Test(
        "en 2026, chaque titre est obtenu avec le bon niveau et l'examen de la bonne version",
        arguments: ResidenceTitle.allCases
    )
    func fullPass2026(title: ResidenceTitle) throws {
        let level = try #require(levelFrom2026[title])
        let evaluation = try evaluate(
            on: "2026-03-01",
            title: title,
            proofs: [.certification("TCF", date: day("2026-01-20"), allSkills: level)],
            exams: [CivicExamResult(version: title, date: day("2026-01-15"), score: 34)]
        )
        #expect(evaluation.met)
        #expect(evaluation.unmetConditions.isEmpty)
        #expect(
            evaluation.condition(RequirementConditionCode.civicExam)?.explanation
                == "examen civique « \(title.frenchLabel) » réussi le 15 janvier 2026 avec 34/40"
        )
    }
}
