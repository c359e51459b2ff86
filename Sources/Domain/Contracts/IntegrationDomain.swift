/// The fields a CTAI axis works in, as the ministry lists them (domain facts §3).
public enum IntegrationDomain: String, Sendable, CaseIterable, Codable {
    case employment = "emploi"
    case housing = "logement"
    case rights = "acces_droits"
    case french = "francais"
    case health = "sante"
    case digital = "inclusion_numerique"
    case mobility = "mobilite"
    case civilSociety = "lien_societe_civile"
    case sportCulture = "sport_culture"

    /// The French name shown on screens.
    public var label: String {
        switch self {
        case .employment: "Emploi et formation"
        case .housing: "Logement"
        case .rights: "Accès aux droits"
        case .french: "Apprentissage du français"
        case .health: "Santé"
        case .digital: "Inclusion numérique"
        case .mobility: "Mobilité"
        case .civilSociety: "Lien avec la société civile"
        case .sportCulture: "Sport et culture"
        }
    }
}
