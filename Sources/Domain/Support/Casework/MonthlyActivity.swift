/// An operator's activity over one calendar month, as counted for the monthly report.
public struct MonthlyActivity: Sendable, Equatable {
    /// The first and last day of the month.
    public let first: CalendarDay
    public let last: CalendarDay
    public var referralsReceived = 0
    public var referralsAccepted = 0
    public var referralsDeclined = 0
    public var referralsPendingAtEnd = 0
    public var welcomeInterviews = 0
    /// The median number of days from referral to welcome interview, for the interviews of the month.
    public var medianDaysToWelcome: Int?
    public var contractsSigned = 0
    /// Of the contracts signed this month, those signed within one month of the CIR.
    public var contractsOnTime = 0
    public var inSupportAtEnd = 0
    public var contacts = 0
    /// Exits of the month by reason (raw value of `ExitReason`).
    public var exitsByReason: [String: Int] = [:]
    public var positiveExits = 0

    /// The month `YYYY-MM`, or nil when it is not one.
    public init?(month: String) {
        guard let first = CalendarDay(isoMonth: month) else { return nil }
        self.first = first
        self.last = first.adding(months: 1).adding(days: -1)
    }

    /// `2026-11`.
    public var month: String { String(first.iso.prefix(7)) }

    /// The total number of exits of the month.
    public var exits: Int { exitsByReason.values.reduce(0, +) }

    func contains(_ day: CalendarDay?) -> Bool { day.map { first <= $0 && $0 <= last } ?? false }
}
