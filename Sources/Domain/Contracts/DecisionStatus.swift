/// Where a review's decision stands, as a later review records it.
public enum DecisionStatus: String, Sendable, CaseIterable, Codable {
    case open = "ouverte"
    case inProgress = "en_cours"
    case done = "realisee"
    case dropped = "abandonnee"

    /// The French name shown on screens.
    public var label: String {
        switch self {
        case .open: "À engager"
        case .inProgress: "En cours"
        case .done: "Réalisée"
        case .dropped: "Abandonnée"
        }
    }

    /// Whether later reviews still follow the decision up.
    public var isOpen: Bool { self == .open || self == .inProgress }
}
