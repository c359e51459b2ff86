import Domain
import Testing

@Suite("Première demande et renouvellement")
struct ApplicationKindTests {
    @Test(
        "un renouvellement est dispensé de niveau et d'examen",
        arguments: [
            ("2025-12-31", ResidenceTitle.csp), ("2025-12-31", .carteResident),
            ("2026-01-01", .csp), ("2026-01-01", .carteResident),
        ]
    )
    func renewalIsExempt(iso: String, title: ResidenceTitle) throws {
        let evaluation = try evaluate(on: iso, title: title, application: .renewal)
        #expect(evaluation.met)
        #expect(evaluation.requiredLevel == nil)
        #expect(!evaluation.civicExamRequired)
        #expect(
            evaluation.conditions == [
                RequirementCondition(
                    code: "renewal_exempt",
                    met: true,
                    explanation:
                        "renouvellement de \(title.frenchLabel) : ni niveau de français ni examen civique exigés"
                )
            ]
        )
    }

    @Test(
        "la même personne en première demande doit prouver niveau et examen",
        arguments: [ResidenceTitle.csp, .carteResident]
    )
    func firstApplicationIsNotExempt(title: ResidenceTitle) throws {
        let evaluation = try evaluate(on: "2026-01-01", title: title, application: .first)
        #expect(!evaluation.met)
        #expect(evaluation.condition(RequirementConditionCode.renewalExempt) == nil)
        #expect(evaluation.requiredLevel == levelFrom2026[title])
        #expect(evaluation.civicExamRequired)
    }

    @Test(
        "la naturalisation ne se renouvelle pas : une demande marquée renouvellement reste soumise au B2 et à l'examen"
    )
    func naturalisationHasNoRenewal() throws {
        let evaluation = try evaluate(on: "2026-01-01", title: .naturalisation, application: .renewal)
        #expect(!evaluation.met)
        #expect(evaluation.requiredLevel == .b2)
        #expect(evaluation.civicExamRequired)
    }

    @Test("un renouvellement reste dispensé même pour une personne protégée")
    func renewalWithProtection() throws {
        let evaluation = try evaluate(on: "2026-01-01", title: .csp, application: .renewal, protection: .refugee)
        #expect(evaluation.conditions.map(\.code) == ["renewal_exempt"])
    }
}
