/// One checked condition of AGIR eligibility, with a French explanation stating the dates used.
///
/// `met` says whether the fact holds; which conditions are required depends on the basis
/// (a joining relative does not need the protection and CIR conditions, an exception needs none).
public struct EligibilityCondition: Sendable, Equatable, Codable {
    /// The stable snake_case codes of the conditions, in display order.
    public enum Code: String, Sendable, CaseIterable, Codable {
        /// Refugee, subsidiary protection or stateless; temporary protection fails.
        case protectionType = "protection_type"
        /// Protection obtained from 1 January of the year before the referral year, up to the referral date.
        case protectionRecent = "protection_recent"
        /// CIR signed on or before the referral date.
        case cirSigned = "cir_signed"
        /// Département in the AGIR territory.
        case departementCovered = "departement_covered"
        /// AGIR deployed in the département on or before the referral date.
        case departementDeployed = "departement_deployed"
        /// Joining relative of an eligible person.
        case joiningRelative = "joining_relative"
        /// Exception on the prefect's instruction with OFII's agreement.
        case prefectException = "prefect_exception"
    }

    /// The stable snake_case code of the condition.
    public let code: String
    /// Whether the condition is met.
    public let met: Bool
    /// The French explanation, with the dates used.
    public let explanation: String

    /// Creates a condition from its code.
    public init(_ code: Code, met: Bool, explanation: String) {
        self.code = code.rawValue
        self.met = met
        self.explanation = explanation
    }
}
