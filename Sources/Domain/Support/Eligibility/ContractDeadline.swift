/// Where a household's commitment contract stands against its deadline: the one rule behind the caseload column,
/// its "échéance dépassée" filter, the reminders and the indicators.
///
/// The deadline runs only while the household is in support (accepted, not exited) and its contract is not signed:
/// a signed contract, an exit, a pending or a declined referral is never late.
public enum ContractDeadline: Sendable, Equatable {
    /// No CIR signature recorded: no deadline yet.
    case noCIR
    /// Signed on that day; on time when signed on or before the due date.
    case signed(CalendarDay, onTime: Bool)
    /// Not signed, but the household is not in support: nothing to remind.
    case notRunning
    /// Not signed and in support: the due date and where today stands.
    case running(due: CalendarDay, status: DeadlineStatus)

    /// The contract's position on `today`.
    public static func of(
        cirSignature: CalendarDay?,
        signed: CalendarDay?,
        inSupport: Bool,
        today: CalendarDay
    ) -> ContractDeadline {
        guard let cirSignature else { return signed.map { .signed($0, onTime: true) } ?? .noCIR }
        let due = SupportDeadlines.commitmentContractDue(cirSignature: cirSignature)
        if let signed { return .signed(signed, onTime: SupportDeadlines.isOnTime(signed, due: due)) }
        guard inSupport else { return .notRunning }
        return .running(due: due, status: SupportDeadlines.status(due: due, today: today))
    }

    /// Whether the deadline has passed and still needs the contract.
    public var isLate: Bool {
        if case .running(_, .overdue) = self { return true }
        return false
    }

    /// Whether a reminder is due: passed, due today or within the reminder window.
    public var needsReminder: Bool {
        if case .running(_, let status) = self { return status.needsReminder }
        return false
    }
}

extension SupportDeadlines {
    /// How many days ahead a deadline is reminded.
    public static let reminderDays = 30

    /// Whether a step done on `day` meets the deadline `due` (the due date itself is on time).
    public static func isOnTime(_ day: CalendarDay, due: CalendarDay) -> Bool { day <= due }

    /// The due dates that are late on `today` — every day before it — for queries that select late households
    /// among those whose deadline runs. The earliest day is only a bound no CIR comes before.
    public static func lateDueDates(today: CalendarDay) -> ClosedRange<CalendarDay> {
        CalendarDay.firstOfJanuary(CalendarDay.acceptedYears.lowerBound)...today.adding(days: -1)
    }

    /// The due dates reminded on `today` without being late: today and the next `reminderDays` days.
    public static func remindedDueDates(today: CalendarDay) -> ClosedRange<CalendarDay> {
        today...today.adding(days: reminderDays)
    }

    /// The 24-month end of support on `today`, or nil when it does not run (not welcomed yet, or exited).
    public static func supportEndStatus(
        entry: CalendarDay?,
        exited: Bool,
        today: CalendarDay
    ) -> (due: CalendarDay, status: DeadlineStatus)? {
        guard let entry, !exited else { return nil }
        let end = supportEnds(entry: entry)
        return (end, status(due: end, today: today))
    }
}
