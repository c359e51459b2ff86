/// A dated milestone of a support, for the whole household or one of its members.
public struct Milestone: Sendable, Hashable {
    /// The milestone's identifier.
    public let id: String
    /// The day it happened.
    public let date: CalendarDay
    /// The member concerned, or nil for the whole household.
    public let personID: String?
    /// What happened.
    public let event: MilestoneEvent

    /// Creates a milestone.
    public init(id: String, date: CalendarDay, personID: String?, event: MilestoneEvent) {
        self.id = id
        self.date = date
        self.personID = personID
        self.event = event
    }
}
