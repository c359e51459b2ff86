import Domain
import Services

/// One exchange between the caseworker and the household.
public struct SyntheticContact: Sendable, Equatable {
    /// The day of the exchange.
    public let date: CalendarDay
    /// presentiel, telephone, visio or visite_domicile.
    public let mode: String
    /// Duration in minutes, 15 to 120.
    public let minutes: Int
    /// A short neutral French note.
    public let note: String
}
