import Domain
import Services

/// A dated change of situation: a right opened, a housing move or an activity change.
public struct SyntheticMilestone: Sendable, Equatable {
    /// The day the change happened.
    public let date: CalendarDay
    /// The member concerned, nil for the whole household.
    public let memberIndex: Int?
    /// "right", "housing" or "activity".
    public let kind: String
    /// The new value, from the vocabulary of the kind.
    public let value: String
}
