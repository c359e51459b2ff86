/// Who pays for a contract action: the integration programme, the city-policy programme, the local authority,
/// the European asylum, migration and integration fund, or someone else.
public enum FundingSource: String, Sendable, CaseIterable, Codable {
    case p104
    case p147
    case localAuthority = "collectivite"
    case amif = "fami_amif"
    case other = "autre"

    /// The French name shown on screens.
    public var label: String {
        switch self {
        case .p104: "État – programme 104 (intégration)"
        case .p147: "État – programme 147 (politique de la ville)"
        case .localAuthority: "Collectivité"
        case .amif: "FAMI / AMIF (fonds européen)"
        case .other: "Autres financeurs"
        }
    }

    /// The short name used in table headers.
    public var shortLabel: String {
        switch self {
        case .p104: "P104"
        case .p147: "P147"
        case .localAuthority: "Collectivité"
        case .amif: "FAMI/AMIF"
        case .other: "Autres"
        }
    }

    /// Whether a line of this source may point at a grant of the credits chain (only the programme 104 does).
    public var carriesGrant: Bool { self == .p104 }
}
