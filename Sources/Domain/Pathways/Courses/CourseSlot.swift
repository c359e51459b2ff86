/// When a course's sessions take place, which decides whether someone at work can follow it.
public enum CourseSlot: String, Sendable, CaseIterable {
    case daytime = "journee"
    case evening = "soir"
    case weekend = "week-end"

    /// The French label.
    public var label: String {
        switch self {
        case .daytime: "En journée"
        case .evening: "En soirée"
        case .weekend: "Le week-end"
        }
    }

    /// Whether a person who works in the day can follow it.
    public var suitsWorkers: Bool { self != .daytime }
}
