import Domain

/// The period a dashboard covers: a calendar year (up to today for the current one) or the last twelve months.
public struct IndicatorPeriod: Sendable, Equatable {
    public let from: CalendarDay
    public let to: CalendarDay
    /// The value in links: a year ("2025") or "12m".
    public let parameter: String
    /// The French label.
    public let label: String

    /// How many months "12m" covers.
    public static let monthCount = 12

    /// Reads `periode` (a year from 2022, or "12m"); anything else means the last twelve months: the current month
    /// and the eleven before it.
    public init(parameter: String, today: CalendarDay) {
        if let year = BoundedInteger.parse(parameter, in: 2022...max(2022, today.year)), year <= today.year {
            from = CalendarDay(year: year, month: 1, day: 1)!
            to = min(CalendarDay(year: year, month: 12, day: 31)!, today)
            self.parameter = parameter
            label = year == today.year ? "\(year) (jusqu'au \(today.french))" : "Année \(year)"
        } else {
            // Twelve calendar months, the current one included: what the monthly charts draw, bar for bar.
            from = CalendarDay(year: today.year, month: today.month, day: 1)!.adding(months: -(Self.monthCount - 1))
            to = today
            self.parameter = "12m"
            label = "12 derniers mois (du \(from.french) au \(today.french))"
        }
    }

    /// The periods offered: the last twelve months and each year since AGIR began.
    public static func choices(today: CalendarDay) -> [(value: String, label: String)] {
        [("12m", "12 derniers mois")] + (2022...today.year).reversed().map { (String($0), "Année \($0)") }
    }

    /// Every month of the period, "2025-12", "2026-01"…, so that a month without events shows as zero.
    public var months: [String] {
        var result: [String] = []
        var day = CalendarDay(year: from.year, month: from.month, day: 1) ?? from
        while day <= to {
            result.append(String(day.iso.prefix(7)))
            day = day.adding(months: 1)
        }
        return result
    }
}
