/// What a territorial contract is: a CTAI, a 2024–2030 contrat de ville that counts as a CTAI, or a PTAI project.
public enum ContractKind: String, Sendable, CaseIterable, Codable {
    case ctai
    case cityContract = "contrat_de_ville"
    case ptai

    /// The French name shown on screens.
    public var label: String {
        switch self {
        case .ctai: "Contrat territorial d'accueil et d'intégration (CTAI)"
        case .cityContract: "Contrat de ville 2024–2030 valant CTAI"
        case .ptai: "Projet territorial d'accueil et d'intégration (PTAI)"
        }
    }

    /// The short name used in tables.
    public var shortLabel: String {
        switch self {
        case .ctai: "CTAI"
        case .cityContract: "Contrat de ville valant CTAI"
        case .ptai: "PTAI"
        }
    }

    /// The years a contract of this kind may cover: the "Engagements Quartiers 2030" generation runs 2024–2030.
    public var allowedYears: ClosedRange<Int>? {
        switch self {
        case .cityContract: 2024...2030
        case .ctai, .ptai: nil
        }
    }
}
