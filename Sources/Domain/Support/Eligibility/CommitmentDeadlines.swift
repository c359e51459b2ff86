/// The AGIR support deadlines of DESIGN §4, as functions of calendar days.
///
/// "Within 1 month after the CIR signature" is on time up to and including the due date:
/// the due date is the same day of the next month (clamped to its last day), `status` reports it
/// as `.dueToday`, and only the day after is `.overdue(1)`. Likewise support may run up to and
/// including the day 24 months after entry.
public enum SupportDeadlines {
    /// The number of months between the CIR signature and the commitment contract and plan.
    public static let commitmentMonths = 1
    /// The longest support, in months after entry.
    public static let maximumSupportMonths = 24

    /// The last day to sign the commitment contract and plan: one month after the CIR signature.
    public static func commitmentContractDue(cirSignature: CalendarDay) -> CalendarDay {
        cirSignature.adding(months: commitmentMonths)
    }

    /// The last day of support: 24 months after entry, clamped to the end of a shorter month.
    public static func supportEnds(entry: CalendarDay) -> CalendarDay {
        entry.adding(months: maximumSupportMonths)
    }

    /// The status of a due date seen on `today`, with a reminder window of `reminderDays` days (negative counts as 0).
    public static func status(
        due: CalendarDay,
        today: CalendarDay,
        reminderDays: Int = SupportDeadlines.reminderDays
    ) -> DeadlineStatus {
        let daysLeft = today.days(to: due)
        if daysLeft == 0 { return .dueToday }
        if daysLeft < 0 { return .overdue(-daysLeft) }
        return daysLeft <= max(0, reminderDays) ? .dueSoon(daysLeft) : .upcoming(daysLeft)
    }
}
