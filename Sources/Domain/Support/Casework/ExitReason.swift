/// Why a household's AGIR support ended.
public enum ExitReason: String, Sendable, Hashable, CaseIterable, Codable {
    /// The objectives of the support plan were reached.
    case objectivesReached = "objectives_reached"
    /// The 24-month maximum duration was reached.
    case maximumDurationReached = "maximum_duration_reached"
    /// The household moved out of the département.
    case moved
    /// The person chose to leave the programme or stopped coming.
    case leftProgramme = "left_programme"
    /// Any other reason.
    case other

    /// The French label shown to caseworkers.
    public var label: String {
        switch self {
        case .objectivesReached: "Objectifs atteints"
        case .maximumDurationReached: "Durée maximale de 24 mois atteinte"
        case .moved: "Déménagement hors du département"
        case .leftProgramme: "Sortie du programme à l'initiative de la personne"
        case .other: "Autre motif"
        }
    }
}
