import Domain
import Services

/// Everything that determines a synthetic population: same settings, same households.
public struct PopulationSettings: Sendable, Equatable {
    /// How many households in total.
    public let households: Int
    /// The départements households are spread over, in proportion to their weight.
    public let departements: [DepartementWeight]
    /// The last day of the simulation: nothing happens after it.
    public let today: CalendarDay
    /// The seed every household is derived from.
    public let seed: UInt64
    /// Referral days evenly spread from the first deployment to today (household `i` of `n` in the `i`-th slice),
    /// rather than drawn: a small population (the demo's) then has referrals in every month.
    public var spreadReferralsEvenly = false

    /// Creates settings.
    public init(households: Int, departements: [DepartementWeight], today: CalendarDay, seed: UInt64) {
        self.households = households
        self.departements = departements
        self.today = today
        self.seed = seed
    }
}
