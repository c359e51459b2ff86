import Domain
import Testing

@Suite("Dispenses liées à la protection")
struct ProtectionTests {
    @Test(
        "réfugié, protection subsidiaire et apatride : première CSP sans A2 ni examen civique",
        arguments: [ProtectionStatus.refugee, .subsidiary, .stateless]
    )
    func protectedPersonIsExemptForCSP(protection: ProtectionStatus) throws {
        let evaluation = try evaluate(on: "2026-01-01", title: .csp, protection: protection)
        #expect(evaluation.met)
        #expect(evaluation.requiredLevel == nil)
        #expect(!evaluation.civicExamRequired)
        #expect(evaluation.conditions.map(\.code) == ["protection_exemption", "language_level", "civic_exam"])
        #expect(
            evaluation.condition(RequirementConditionCode.protectionExemption)?.explanation
                == "\(protection.frenchLabel) : dispense du niveau A2 et de l'examen civique pour une première carte de séjour pluriannuelle"
        )
        #expect(
            evaluation.condition(RequirementConditionCode.languageLevel)?.explanation
                == "niveau A2 non exigé : dispense au titre de la protection"
        )
        #expect(
            evaluation.condition(RequirementConditionCode.civicExam)?.explanation
                == "examen civique non exigé : dispense au titre de la protection"
        )
    }

    @Test("sans protection : A2 et examen civique exigés pour la première CSP")
    func unprotectedPersonIsNotExempt() throws {
        let evaluation = try evaluate(on: "2026-01-01", title: .csp, protection: .none)
        #expect(!evaluation.met)
        #expect(evaluation.requiredLevel == .a2)
        #expect(evaluation.civicExamRequired)
        #expect(evaluation.condition(RequirementConditionCode.protectionExemption) == nil)
    }

    @Test(
        "la protection ne dispense ni du B1 de la carte de résident ni du B2 de la naturalisation",
        arguments: [ProtectionStatus.refugee, .subsidiary, .stateless],
        [ResidenceTitle.carteResident, .naturalisation]
    )
    func protectionDoesNotExemptOtherTitles(protection: ProtectionStatus, title: ResidenceTitle) throws {
        let evaluation = try evaluate(on: "2026-01-01", title: title, protection: protection)
        #expect(evaluation.requiredLevel == levelFrom2026[title])
        #expect(evaluation.civicExamRequired)
        #expect(evaluation.condition(RequirementConditionCode.protectionExemption) == nil)
    }

    @Test(
        "avant 2026, rien à dispenser pour la CSP : pas de condition de dispense",
        arguments: ProtectionStatus.allCases
    )
    func nothingToWaiveBefore2026(protection: ProtectionStatus) throws {
        let evaluation = try evaluate(on: "2025-12-31", title: .csp, protection: protection)
        #expect(evaluation.met)
        #expect(evaluation.condition(RequirementConditionCode.protectionExemption) == nil)
    }

    @Test("une dispense par les données peut ne porter que sur le niveau")
    func levelOnlyExemption() throws {
        let levelOnly = RequirementRuleSet(
            version: "test niveau seul",
            validFrom: day("2026-01-01"),
            validUntil: nil,
            rules: [
                TitleRule(
                    title: .csp,
                    requiredLevel: .a2,
                    civicExamRequired: true,
                    protectionExemptFromLevel: true,
                    protectionExemptFromCivicExam: false,
                    renewalExempt: true
                )
            ]
        )
        let evaluation = try evaluate(on: "2026-02-01", title: .csp, protection: .subsidiary, catalogue: [levelOnly])
        #expect(!evaluation.met)
        #expect(evaluation.requiredLevel == nil)
        #expect(evaluation.civicExamRequired)
        #expect(
            evaluation.condition(RequirementConditionCode.protectionExemption)?.explanation
                == "bénéficiaire de la protection subsidiaire : dispense du niveau A2 pour une première carte de séjour pluriannuelle"
        )
    }
}
