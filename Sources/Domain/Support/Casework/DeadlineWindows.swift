/// The days of entry (or signature) whose deadline, some months later, falls in a window: the inverse of
/// `CalendarDay.adding(months:)`, so that SQL can select the households a deadline concerns by a range of stored days
/// and give exactly the households the Swift rule would.
public enum DeadlineWindows {
    /// The latest day `x` with `x + months ≤ limit` (adding months is non-decreasing, so every earlier day qualifies).
    public static func latest(plus months: Int, atMost limit: CalendarDay) -> CalendarDay {
        var day = limit.adding(months: -months)
        while day.adding(days: 1).adding(months: months) <= limit { day = day.adding(days: 1) }
        while day.adding(months: months) > limit { day = day.adding(days: -1) }
        return day
    }

    /// The earliest day `x` with `x + months ≥ limit`.
    public static func earliest(plus months: Int, atLeast limit: CalendarDay) -> CalendarDay {
        var day = limit.adding(months: -months)
        while day.adding(days: -1).adding(months: months) >= limit { day = day.adding(days: -1) }
        while day.adding(months: months) < limit { day = day.adding(days: 1) }
        return day
    }

    /// The entry days whose n-th six-month snapshot falls between `from` and `to` (both included), one range per
    /// snapshot of a support; a window shorter than six months holds at most one snapshot of each support.
    public static func sixMonthSnapshots(from: CalendarDay, to: CalendarDay) -> [ClosedRange<CalendarDay>] {
        let count = SnapshotSchedule.maximumSupportMonths / SnapshotSchedule.intervalMonths
        return (1...count).compactMap { number in
            let months = SnapshotSchedule.intervalMonths * number
            let lower = earliest(plus: months, atLeast: from)
            let upper = latest(plus: months, atMost: to)
            return lower <= upper ? lower...upper : nil
        }
    }

    /// The latest entry day whose support ends on or before `day`.
    public static func supportEnded(onOrBefore day: CalendarDay) -> CalendarDay {
        latest(plus: SupportDeadlines.maximumSupportMonths, atMost: day)
    }
}
