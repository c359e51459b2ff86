/// When the housing and employment situation snapshots of an AGIR support are due.
public enum SnapshotSchedule {
    /// The months between two periodic snapshots.
    public static let intervalMonths = 6
    /// The maximum length of an AGIR support in months (DESIGN §4 "Deadlines").
    public static let maximumSupportMonths = 24

    /// The day of the n-th six-month snapshot.
    public static func sixMonthDate(_ number: Int, entry: CalendarDay) -> CalendarDay {
        // Counted from entry each time, so that 31 August gives 28 February then 31 August again
        // instead of drifting to the 28th.
        entry.adding(months: intervalMonths * number)
    }

    /// The snapshots due for a support: at entry, every six months, and at exit, never past the exit.
    public static func dueDates(entry: CalendarDay, exit: CalendarDay?) -> [SnapshotDue] {
        // An exit before entry is an inconsistent file: nothing can be due before it is corrected.
        if let exit, exit < entry { return [] }
        var dues = [SnapshotDue(kind: .entry, date: entry)]
        for number in 1...(maximumSupportMonths / intervalMonths) {
            let date = sixMonthDate(number, entry: entry)
            // A mark falling on the exit day is covered by the exit snapshot: same day, same situation.
            if let exit, date >= exit { break }
            dues.append(SnapshotDue(kind: .sixMonths(number), date: date))
        }
        if let exit { dues.append(SnapshotDue(kind: .exit, date: exit)) }
        return dues
    }

    /// The first snapshot due strictly after a day, or nil when none is left.
    public static func next(after day: CalendarDay, entry: CalendarDay, exit: CalendarDay? = nil) -> SnapshotDue? {
        dueDates(entry: entry, exit: exit).first { $0.date > day }
    }
}
