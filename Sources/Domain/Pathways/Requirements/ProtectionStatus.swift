/// Protection accordée par l'OFPRA ou la CNDA (réfugié, protection subsidiaire, apatride) ou aucune.
public enum ProtectionStatus: String, Sendable, Codable, CaseIterable {
    case refugee = "refugee"
    case subsidiary = "subsidiary"
    case stateless = "stateless"
    case none = "none"

    /// Vrai pour toute protection de l'OFPRA ; les apatrides suivent le régime des bénéficiaires de la protection
    /// internationale (BPI) pour les dispenses de niveau et d'examen civique (décision documentée sur `TitleRule`).
    public var isProtected: Bool { self != .none }

    /// Libellé français.
    public var frenchLabel: String {
        switch self {
        case .refugee: "réfugié"
        case .subsidiary: "bénéficiaire de la protection subsidiaire"
        case .stateless: "apatride"
        case .none: "sans protection"
        }
    }
}
