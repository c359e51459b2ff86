@testable import Domain

/// Parses an ISO date known to be valid in a test.
func day(_ iso: String) -> CalendarDay {
    guard let value = CalendarDay(iso: iso) else { fatalError("invalid test date \(iso)") }
    return value
}

/// Deployment dates used by the tests (not the real waves).
let deployments: [String: CalendarDay] = [
    "75": day("2022-09-01"),
    "69": day("2023-01-01"),
    "13": day("2024-06-01"),
    "33": day("2025-03-11"),
    "59": day("2025-03-10"),
    "01": day("2025-01-01"),
    // Deployed on paper but outside the territory, so only coverage can fail there.
    "2A": day("2022-01-01"),
    "2B": day("2022-01-01"),
    "974": day("2022-01-01"),
]

/// The input of an eligible refugee in Paris, referred on 10 March 2025.
func eligibleRefugee() -> EligibilityInput {
    EligibilityInput(
        referralDate: day("2025-03-10"),
        departementCode: "75",
        protection: .refugee,
        protectionDate: day("2024-03-03"),
        cirSignatureDate: day("2025-03-10")
    )
}

/// Evaluates with the test deployments and the metropolitan-minus-Corsica territory.
func evaluate(_ input: EligibilityInput) -> EligibilityOutcome {
    EligibilityRule.evaluate(
        input,
        deployment: { deployments[$0] },
        isCovered: EligibilityRule.metropolitanExceptCorsica
    )
}

/// Evaluates a copy of the eligible refugee changed by `change`.
func evaluate(_ change: (inout EligibilityInput) -> Void) -> EligibilityOutcome {
    var input = eligibleRefugee()
    change(&input)
    return evaluate(input)
}

extension EligibilityOutcome {
    /// Whether the condition with this code is met (false when absent).
    func met(_ code: EligibilityCondition.Code) -> Bool {
        condition(code)?.met ?? false
    }

    /// The explanation of the condition with this code ("" when absent).
    func explanation(_ code: EligibilityCondition.Code) -> String {
        condition(code)?.explanation ?? ""
    }
}
