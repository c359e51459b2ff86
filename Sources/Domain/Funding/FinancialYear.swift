/// An association's financial year (exercice), which may end on another day than 31 December.
public struct FinancialYear: Sendable, Equatable, Codable {
    /// The first day.
    public let start: CalendarDay
    /// The last day.
    public let end: CalendarDay
    /// The month and day the year ends on; a day that is the last of its month (28/02, 30/06, 31/12) means the last
    /// day of that month every year, so "28/02" ends on 29 February in a leap year.
    public let endMonth: Int
    public let endDay: Int

    /// The financial year that contains `day`, for a year ending every year on `endMonth`/`endDay` (a day that exists
    /// in every year: 28/02, not 29/02).
    public static func containing(_ day: CalendarDay, endMonth: Int, endDay: Int) -> FinancialYear? {
        guard (1...12).contains(endMonth), (1...CalendarDay.daysIn(month: endMonth, year: 2001)).contains(endDay)
        else { return nil }
        let sameYear = lastDay(year: day.year, month: endMonth, day: endDay)
        let end = day <= sameYear ? sameYear : lastDay(year: day.year + 1, month: endMonth, day: endDay)
        let previous = lastDay(year: end.year - 1, month: endMonth, day: endDay)
        return FinancialYear(start: previous.adding(days: 1), end: end, endMonth: endMonth, endDay: endDay)
    }

    /// The end of the year in `year`: `day`, or the month's last day when `day` is the last day of a common year's month.
    static func lastDay(year: Int, month: Int, day: Int) -> CalendarDay {
        let lastOfMonth = day == CalendarDay.daysIn(month: month, year: 2001)
        // Safe: the month is 1...12 and the day at most the month's length.
        return CalendarDay(
            year: year,
            month: month,
            day: lastOfMonth ? CalendarDay.daysIn(month: month, year: year) : day
        )!
    }

    /// The financial year `offset` years after this one.
    public func shifted(by offset: Int) -> FinancialYear {
        // Safe: this year's end month and day were accepted when it was made.
        FinancialYear.containing(end.adding(years: offset), endMonth: endMonth, endDay: endDay)!
    }

    /// Loi 2000-321 art. 10: the financial report is due "dans les six mois suivant la fin de l'exercice". The six
    /// months run from the day after the end, so the last day is that day + 6 months − 1 day: 31 December → 30 June,
    /// 30 June → 31 December, 31 August 2027 → 29 February 2028.
    public var reportDue: CalendarDay {
        end.adding(days: 1).adding(months: 6).adding(days: -1)
    }
}

/// Where a financial report stands on a given day.
public enum ReportStatus: String, Sendable, Codable, CaseIterable {
    /// The financial year has not ended: nothing is due yet.
    case notYetDue = "a_venir"
    /// The year has ended and the six months run.
    case due = "attendu"
    /// Past the due date without a report.
    case overdue = "en_retard"
    /// Filed, awaiting the service's review.
    case filed = "depose"
    /// Accepted: the balance may be paid.
    case accepted = "accepte"

    /// The French label.
    public var label: String {
        switch self {
        case .notYetDue: "Exercice en cours"
        case .due: "Compte rendu attendu"
        case .overdue: "Compte rendu en retard"
        case .filed: "Compte rendu déposé, à examiner"
        case .accepted: "Compte rendu accepté"
        }
    }

    /// The status of a report for `year` on `today` (the département's local day), given whether one was filed and
    /// accepted. A report is required once the year has ended, and late the day after its due date.
    public static func of(_ year: FinancialYear, filed: Bool, accepted: Bool, today: CalendarDay) -> ReportStatus {
        if accepted { return .accepted }
        if filed { return .filed }
        if today <= year.end { return .notYetDue }
        return today > year.reportDue ? .overdue : .due
    }

    /// Whether this report blocks a new application: any report whose financial year has ended must be filed first.
    public var blocksNewApplication: Bool { self == .due || self == .overdue }
}
