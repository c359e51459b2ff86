/// The kinds of organisation an account can belong to.
public enum OrganisationKind: String, Sendable, CaseIterable, Codable {
    case agirOperator = "operateur_agir"
    case ofiiDirection = "direction_ofii"
    case prefecture
    case dreets
    case ministry = "ministere"
    case association
    case localAuthority = "collectivite"
    case company = "entreprise"
    case trainingProvider = "organisme_formation"

    /// The French name shown on screens.
    public var label: String {
        switch self {
        case .agirOperator: "Opérateur AGIR"
        case .ofiiDirection: "Direction territoriale de l'OFII"
        case .prefecture: "Préfecture (DDETS)"
        case .dreets: "DREETS"
        case .ministry: "Ministère (DGEF)"
        case .association: "Association"
        case .localAuthority: "Collectivité territoriale"
        case .company: "Entreprise"
        case .trainingProvider: "Organisme de formation"
        }
    }
}
