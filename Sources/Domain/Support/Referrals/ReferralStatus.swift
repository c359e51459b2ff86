/// Where a referral stands.
public enum ReferralStatus: String, Sendable, CaseIterable {
    case pending = "en_attente"
    case accepted = "acceptee"
    case declined = "refusee"

    /// The French label.
    public var label: String {
        switch self {
        case .pending: "En attente de l'opérateur"
        case .accepted: "Acceptée"
        case .declined: "Refusée"
        }
    }
}
