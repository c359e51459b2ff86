/// Where today stands relative to a due date.
public enum DeadlineStatus: Sendable, Hashable, Codable {
    /// Due later than the reminder window; the number of days left.
    case upcoming(Int)
    /// Due within the reminder window but not today; the number of days left.
    case dueSoon(Int)
    /// Due today; still on time.
    case dueToday
    /// Past the due date; the number of days late.
    case overdue(Int)

    /// The French label shown to caseworkers.
    public var label: String {
        switch self {
        case .upcoming(let days): "Échéance dans \(DeadlineStatus.days(days))"
        case .dueSoon(let days): "Échéance proche : dans \(DeadlineStatus.days(days))"
        case .dueToday: "Échéance aujourd'hui"
        case .overdue(let days): "Échéance dépassée de \(DeadlineStatus.days(days))"
        }
    }

    /// Whether a reminder should be shown (due soon, due today or overdue).
    public var needsReminder: Bool {
        if case .upcoming = self { return false }
        return true
    }

    private static func days(_ count: Int) -> String { FrenchNumber.count(count, "jour") }
}
