import Domain
import Testing

@Suite("Niveau de langue par compétence")
struct LanguageLevelTests {
    @Test("A2 exigé : A1 en expression écrite échoue et nomme cette compétence")
    func a2WithA1InWrittenExpression() throws {
        let proof = LanguageProof.certification(
            "TCF",
            date: day("2025-11-01"),
            levels: [
                .oralComprehension: .a2, .writtenComprehension: .a2, .oralExpression: .a2, .writtenExpression: .a1,
            ]
        )
        let evaluation = try evaluate(on: "2026-01-15", title: .csp, proofs: [proof])
        #expect(!evaluation.met)
        #expect(
            evaluation.condition("language_written_expression")
                == RequirementCondition(
                    code: "language_written_expression",
                    met: false,
                    explanation: "A2 manquant en expression écrite (meilleur niveau valable : A1)"
                )
        )
        #expect(
            evaluation.condition("language_oral_comprehension")?.explanation
                == "A2 atteint en compréhension orale (meilleur niveau valable : A2)"
        )
        #expect(
            evaluation.condition(RequirementConditionCode.languageLevel)?.explanation
                == "niveau A2 non atteint en expression écrite"
        )
    }

    @Test("A2 exigé : une seule compétence à A1 fait échouer cette seule compétence", arguments: LanguageSkill.allCases)
    func singleWeakSkill(weak: LanguageSkill) throws {
        var levels = Dictionary(uniqueKeysWithValues: LanguageSkill.allCases.map { ($0, CEFRLevel.a2) })
        levels[weak] = .a1
        let evaluation = try evaluate(
            on: "2026-01-15",
            title: .csp,
            proofs: [.certification("TEF", date: day("2025-11-01"), levels: levels)]
        )
        #expect(
            evaluation.unmetConditions.map(\.code).filter { $0.hasPrefix("language_") && $0 != "language_level" }
                == [RequirementConditionCode.language(weak)]
        )
        #expect(
            evaluation.condition(RequirementConditionCode.languageLevel)?.explanation
                == "niveau A2 non atteint en \(weak.frenchLabel)"
        )
    }

    @Test("B1 exigé : A2 partout échoue dans les quatre compétences")
    func b1WithA2Everywhere() throws {
        let evaluation = try evaluate(
            on: "2026-01-15",
            title: .carteResident,
            proofs: [.certification("TCF", date: day("2025-11-01"), allSkills: .a2)]
        )
        #expect(!evaluation.met)
        for code in skillCodes {
            #expect(evaluation.condition(code)?.met == false)
        }
        #expect(
            evaluation.condition(RequirementConditionCode.languageLevel)?.explanation
                == "niveau B1 non atteint en compréhension orale, compréhension écrite, expression orale et expression écrite"
        )
    }

    @Test("B2 exigé : C1 suffit")
    func b2WithC1() throws {
        let evaluation = try evaluate(
            on: "2026-01-15",
            title: .naturalisation,
            proofs: [.diploma("DALF C1", date: day("2019-06-01"), level: .c1)],
            exams: [CivicExamResult(version: .naturalisation, date: day("2026-01-10"), score: 36)]
        )
        #expect(evaluation.met)
        #expect(
            evaluation.condition("language_oral_expression")?.explanation
                == "B2 atteint en expression orale (meilleur niveau valable : C1)"
        )
    }

    @Test(
        "chaque niveau est atteint par lui-même et manqué par le niveau juste en dessous",
        arguments: zip(CEFRLevel.allCases.dropLast(), CEFRLevel.allCases.dropFirst())
    )
    func eachLevelAgainstTheOneBelow(below: CEFRLevel, required: CEFRLevel) {
        let date = day("2026-01-15")
        let atLevel = LanguageAssessment(proofs: [.certification("TCF", date: date, allSkills: required)], on: date)
        let underLevel = LanguageAssessment(proofs: [.certification("TCF", date: date, allSkills: below)], on: date)
        #expect(atLevel.meets(required))
        #expect(!underLevel.meets(required))
        #expect(underLevel.missingSkills(for: required) == LanguageSkill.allCases)
    }

    @Test("chaque titre de 2026 : le niveau juste en dessous échoue", arguments: ResidenceTitle.allCases)
    func titleLevelAgainstTheOneBelow(title: ResidenceTitle) throws {
        let required = try #require(levelFrom2026[title])
        let below = CEFRLevel.allCases[required.rank - 1]
        let exams = [CivicExamResult(version: title, date: day("2026-01-10"), score: 40)]
        let failing = try evaluate(
            on: "2026-01-15",
            title: title,
            proofs: [.certification("TCF", date: day("2025-12-01"), allSkills: below)],
            exams: exams
        )
        let passing = try evaluate(
            on: "2026-01-15",
            title: title,
            proofs: [.certification("TCF", date: day("2025-12-01"), allSkills: required)],
            exams: exams
        )
        #expect(!failing.met)
        #expect(passing.met)
    }

    @Test("deux attestations se combinent : meilleur niveau par compétence")
    func combiningTwoCertificates() throws {
        let tcf = LanguageProof.certification(
            "TCF",
            date: day("2025-05-01"),
            levels: [
                .oralComprehension: .b1, .writtenComprehension: .a2, .oralExpression: .b2, .writtenExpression: .a2,
            ]
        )
        let tef = LanguageProof.certification(
            "TEF",
            date: day("2025-10-01"),
            levels: [
                .oralComprehension: .a2, .writtenComprehension: .b1, .oralExpression: .a2, .writtenExpression: .b1,
            ]
        )
        let evaluation = try evaluate(on: "2026-02-01", title: .carteResident, proofs: [tcf, tef])
        #expect(evaluation.condition(RequirementConditionCode.languageLevel)?.met == true)
        #expect(
            evaluation.bestLevels == [
                .oralComprehension: .b1, .writtenComprehension: .b1, .oralExpression: .b2, .writtenExpression: .b1,
            ]
        )
        #expect(try !evaluate(on: "2026-02-01", title: .carteResident, proofs: [tcf]).condition("language_level")!.met)
        #expect(try !evaluate(on: "2026-02-01", title: .carteResident, proofs: [tef]).condition("language_level")!.met)
        #expect(evaluation.proofsValidUntil == day("2027-05-01"))
    }

    @Test("un diplôme et une attestation partielle se combinent")
    func diplomaPlusPartialCertificate() throws {
        let proofs: [LanguageProof] = [
            .diploma("DELF A2", date: day("2012-06-01"), level: .a2),
            .certification("TCF", date: day("2025-09-01"), levels: [.oralComprehension: .b1, .oralExpression: .b1]),
        ]
        let evaluation = try evaluate(on: "2026-02-01", title: .carteResident, proofs: proofs)
        #expect(
            evaluation.condition(RequirementConditionCode.languageLevel)?.explanation
                == "niveau B1 non atteint en compréhension écrite et expression écrite"
        )
        #expect(evaluation.condition("language_oral_expression")?.met == true)
    }

    @Test("une compétence non évaluée par l'attestation n'est pas prouvée")
    func partialCertificate() throws {
        let proof = LanguageProof.certification("TCF", date: day("2025-09-01"), levels: [.oralComprehension: .c2])
        let evaluation = try evaluate(on: "2026-02-01", title: .csp, proofs: [proof])
        #expect(
            evaluation.condition("language_written_expression")?.explanation
                == "A2 manquant en expression écrite (aucune preuve valable)"
        )
        #expect(evaluation.condition("language_oral_comprehension")?.met == true)
    }
}
