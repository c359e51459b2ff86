/// The kind of a local authority that signs a contract with the State.
public enum LocalAuthorityKind: String, Sendable, CaseIterable, Codable {
    case metropole
    case urbanCommunity = "communaute_urbaine"
    case agglomeration = "communaute_agglomeration"
    case communityOfCommunes = "communaute_communes"
    case territorialPublicBody = "etablissement_public_territorial"
    case commune
    case departement
    case region

    /// The French name shown on screens.
    public var label: String {
        switch self {
        case .metropole: "Métropole"
        case .urbanCommunity: "Communauté urbaine"
        case .agglomeration: "Communauté d'agglomération"
        case .communityOfCommunes: "Communauté de communes"
        case .territorialPublicBody: "Établissement public territorial (Grand Paris)"
        case .commune: "Commune"
        case .departement: "Département"
        case .region: "Région"
        }
    }
}
