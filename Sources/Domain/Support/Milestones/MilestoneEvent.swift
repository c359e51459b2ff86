/// What a milestone records: a right opened, a move to a housing, or a change of work or training situation.
public enum MilestoneEvent: Sendable, Hashable {
    /// A right or service opened.
    case rightOpened(RightKind)
    /// The household moves into this housing (or lives there at entry).
    case housing(HousingSituation)
    /// A person starts this work or training situation (a job contract, a training, job seeking…).
    case activity(ActivitySituation)

    /// The stored kind: `right`, `housing` or `activity`.
    public var kind: String {
        switch self {
        case .rightOpened: "right"
        case .housing: "housing"
        case .activity: "activity"
        }
    }

    /// The stored value within the kind.
    public var value: String {
        switch self {
        case .rightOpened(let right): right.rawValue
        case .housing(let housing): housing.rawValue
        case .activity(let activity): activity.storedValue
        }
    }

    /// Reads a stored kind and value back.
    public init?(kind: String, value: String) {
        switch kind {
        case "right":
            guard let right = RightKind(rawValue: value) else { return nil }
            self = .rightOpened(right)
        case "housing":
            guard let housing = HousingSituation(rawValue: value) else { return nil }
            self = .housing(housing)
        case "activity":
            guard let activity = ActivitySituation(storedValue: value) else { return nil }
            self = .activity(activity)
        default: return nil
        }
    }

    /// The French label shown in the timeline.
    public var label: String {
        switch self {
        case .rightOpened(let right): right.label
        case .housing(let housing): "Logement : \(housing.label)"
        case .activity(let activity): activity.label
        }
    }
}
