/// The documents an applicant attaches (décret 2016-1971 and the calls' usual lists).
public enum DocumentKind: String, Sendable, CaseIterable, Codable {
    case statutes = "statuts"
    case directors = "liste_dirigeants"
    case bankDetails = "rib"
    case accounts = "comptes"
    case activityReport = "rapport_activite"
    case other = "autre"

    /// The French name.
    public var label: String {
        switch self {
        case .statutes: "Statuts en vigueur"
        case .directors: "Liste des dirigeants"
        case .bankDetails: "Relevé d'identité bancaire"
        case .accounts: "Derniers comptes approuvés"
        case .activityReport: "Dernier rapport d'activité"
        case .other: "Autre pièce"
        }
    }
}
