/// Where a person stands in a course: waiting for a seat, enrolled, finished or dropped out.
public enum EnrolmentStatus: String, Sendable, CaseIterable {
    case waiting = "attente"
    case enrolled = "inscrit"
    case completed = "termine"
    case dropped = "abandon"

    /// The French label.
    public var label: String {
        switch self {
        case .waiting: "Liste d'attente"
        case .enrolled: "Inscrit"
        case .completed: "Formation terminée"
        case .dropped: "Abandon"
        }
    }

    /// Whether the enrolment takes one of the course's seats.
    public var takesSeat: Bool { self == .enrolled || self == .completed }
}
