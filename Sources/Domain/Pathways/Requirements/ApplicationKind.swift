/// Première demande ou renouvellement d'un titre.
public enum ApplicationKind: String, Sendable, Codable, CaseIterable {
    case first = "first"
    case renewal = "renewal"

    /// Libellé français.
    public var frenchLabel: String {
        switch self {
        case .first: "première demande"
        case .renewal: "renouvellement"
        }
    }
}
