/// One of the two conditions of a positive exit, with whether it is met and why.
public struct ExitCondition: Sendable, Hashable {
    /// The stable code of the condition: "sustainable_housing" or "sustainable_activity".
    public let code: String
    /// Whether the condition is met.
    public let met: Bool
    /// The French explanation shown to the caseworker.
    public let explanation: String

    /// Creates a condition result.
    public init(code: String, met: Bool, explanation: String) {
        self.code = code
        self.met = met
        self.explanation = explanation
    }
}
