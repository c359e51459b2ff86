/// Whether an exit from AGIR is positive, with each of its conditions.
public struct ExitAssessment: Sendable, Hashable {
    /// The conditions, housing first then activity.
    public let conditions: [ExitCondition]

    /// Creates an assessment from its conditions.
    public init(conditions: [ExitCondition]) {
        self.conditions = conditions
    }

    /// Whether every condition is met.
    public var positive: Bool { conditions.allSatisfy(\.met) }

    /// The condition with the given code, if any.
    public func condition(_ code: String) -> ExitCondition? {
        conditions.first { $0.code == code }
    }
}
