import Domain
import Persistence

/// What a dashboard shows for one territory and period: the territory's figures, those of each part it drills
/// down to, and referrals per month. Aggregates only: counts under 5 are hidden by the views.
public struct Dashboard: Sendable {
    /// The territory a dashboard covers.
    public enum Scope: Sendable, Equatable {
        case nation
        case region(String)
        case departement(String)
    }

    /// A part of the territory: a region, a département or an operator, with its figures.
    public struct Part: Sendable {
        public let code: String
        public let name: String
        /// Where the part drills down to, when it has its own dashboard (regions and départements).
        public let scope: Scope?
        public let figures: AreaFigures
    }

    public let scope: Scope
    public let title: String
    public let period: IndicatorPeriod
    public let total: AreaFigures
    public let parts: [Part]
    /// What the parts are called ("Région", "Département", "Opérateur").
    public let partLabel: String
    /// Referrals, entries into support and exits per month ("2026-01") over the period, every month present.
    public let series: [MonthlySeries]

    /// Referrals per month, the first series.
    public var monthly: [(month: String, count: Int)] { series.first?.months ?? [] }
    /// Figures per département, for the map.
    public let byDepartement: [String: AreaFigures]
    /// The départements' names, for the map and tables.
    public let departementNames: [String: String]
    /// The day the figures were computed: the département's local day, or metropolitan France's.
    public let today: CalendarDay
}

/// A count per month of one kind of event, for a time-series chart.
public struct MonthlySeries: Sendable {
    public let event: IndicatorQueries.MonthlyEvent
    public let months: [(month: String, count: Int)]

    /// The chart's title.
    public var title: String {
        switch event {
        case .referrals: "Orientations par mois"
        case .welcomes: "Entrées en accompagnement par mois"
        case .exits: "Sorties d'AGIR par mois"
        }
    }

    /// What one unit counts, in the singular (the plural adds an "s"), for the bars' text.
    public var noun: String {
        switch event {
        case .referrals: "orientation"
        case .welcomes: "entrée"
        case .exits: "sortie"
        }
    }
}
