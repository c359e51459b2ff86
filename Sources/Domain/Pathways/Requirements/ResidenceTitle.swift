/// Titre demandé ; c'est aussi la mention de l'examen civique, qui doit correspondre au titre.
public enum ResidenceTitle: String, Sendable, Codable, CaseIterable {
    case csp = "csp"
    case carteResident = "carte_resident"
    case naturalisation = "naturalisation"

    /// Libellé français du titre et de la mention d'examen civique correspondante.
    public var frenchLabel: String {
        switch self {
        case .csp: "carte de séjour pluriannuelle"
        case .carteResident: "carte de résident"
        case .naturalisation: "naturalisation"
        }
    }
}
