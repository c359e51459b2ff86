/// The kinds of residence permit a refugee household holds over its support.
public enum ResidenceTitleKind: String, Sendable, CaseIterable {
    /// Récépissé de demande de titre (while the card is being made).
    case receipt = "recepisse"
    /// Carte de séjour temporaire (one year).
    case temporaryCard = "carte_sejour_temporaire"
    /// Carte de séjour pluriannuelle (beneficiaries of subsidiary protection: four years).
    case multiYearCard = "carte_sejour_pluriannuelle"
    /// Carte de résident (refugees: ten years).
    case residentCard = "carte_resident"
    /// Autorisation provisoire de séjour.
    case provisionalAuthorisation = "autorisation_provisoire"
    /// Any other document.
    case other = "autre"

    /// The French label shown to caseworkers.
    public var label: String {
        switch self {
        case .receipt: "Récépissé"
        case .temporaryCard: "Carte de séjour temporaire (CST)"
        case .multiYearCard: "Carte de séjour pluriannuelle (CSP)"
        case .residentCard: "Carte de résident"
        case .provisionalAuthorisation: "Autorisation provisoire de séjour"
        case .other: "Autre document"
        }
    }
}
