import Domain
import Services

/// A département taking part in the benchmark: its share of households, deployment day and communes.
public struct DepartementWeight: Sendable, Equatable {
    /// The département code, e.g. "75" or "2A".
    public let code: String
    /// The relative share of households sent to this département (0 sends none).
    public let weight: Int
    /// The day AGIR was deployed there; no referral happens before it.
    public let deployedOn: CalendarDay
    /// Communes to place households in, the most populated first.
    public let communes: [String]

    /// Creates a département entry.
    public init(code: String, weight: Int, deployedOn: CalendarDay, communes: [String]) {
        self.code = code
        self.weight = weight
        self.deployedOn = deployedOn
        self.communes = communes
    }
}
