import Domain
import Services

/// The end of support and the situation at that day.
public struct SyntheticExit: Sendable, Equatable {
    /// The exit day.
    public let date: CalendarDay
    /// objectives_reached, maximum_duration_reached, moved, left_programme or other.
    public let reason: String
    /// The household's housing at exit (its last housing milestone).
    public let housing: String
    /// The reference person's activity at exit (their last activity milestone).
    public let activity: String
}
