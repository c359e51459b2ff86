import Domain
import Services

/// One synthetic household and its whole casework history up to the population's `today`.
public struct SyntheticHousehold: Sendable {
    /// The household number in the population.
    public let index: Int
    /// The département code.
    public let departement: String
    /// The commune, nil when the département lists none.
    public let commune: String?
    /// The day the household was referred to AGIR.
    public let referralDate: CalendarDay
    /// The members, the reference person first.
    public let members: [SyntheticPerson]
    /// The referral decision.
    public let decision: SyntheticDecision
    /// The welcome interview, nil when not held yet or not accepted.
    public let welcome: CalendarDay?
    /// The commitment contract, nil when not signed yet.
    public let contract: CalendarDay?
    /// Need per domain, for accepted and welcomed households; empty otherwise.
    public let diagnosis: [(domain: String, need: String)]
    /// Rights, housing and activity changes, in chronological order.
    public let milestones: [SyntheticMilestone]
    /// Contacts with the caseworker, in chronological order.
    public let contacts: [SyntheticContact]
    /// Goals of the commitment contract.
    public let goals: [SyntheticGoal]
    /// The exit, nil while support goes on or when it never started.
    public let exit: SyntheticExit?
}

// Tuples cannot conform to Equatable, so the diagnosis keeps equality from being synthesised.
extension SyntheticHousehold: Equatable {
    /// Two households are equal when every field, diagnosis included, is equal.
    public static func == (lhs: SyntheticHousehold, rhs: SyntheticHousehold) -> Bool {
        lhs.index == rhs.index && lhs.departement == rhs.departement && lhs.commune == rhs.commune
            && lhs.referralDate == rhs.referralDate && lhs.members == rhs.members
            && lhs.decision == rhs.decision && lhs.welcome == rhs.welcome && lhs.contract == rhs.contract
            && lhs.diagnosis.elementsEqual(rhs.diagnosis, by: { $0.domain == $1.domain && $0.need == $1.need })
            && lhs.milestones == rhs.milestones && lhs.contacts == rhs.contacts && lhs.goals == rhs.goals
            && lhs.exit == rhs.exit
    }
}
