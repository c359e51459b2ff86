/// The themes a funded action is tagged with; emploi and langue decide the 70 % rule of the 2024 instruction.
public enum ThematicTag: String, Sendable, CaseIterable, Codable {
    case employment = "emploi"
    case language = "langue"
    case housing = "logement"
    case rights = "acces_aux_droits"
    case health = "sante"
    case cultureSport = "culture_sport"
    case citizenship = "citoyennete_valeurs"
    case hostSociety = "societe_d_accueil"
    case coordination

    /// The French name.
    public var label: String {
        switch self {
        case .employment: "Emploi"
        case .language: "Langue"
        case .housing: "Logement"
        case .rights: "Accès aux droits"
        case .health: "Santé"
        case .cultureSport: "Culture et sport"
        case .citizenship: "Citoyenneté et valeurs de la République"
        case .hostSociety: "Interactions avec la société d'accueil"
        case .coordination: "Coordination"
        }
    }

    /// Whether the theme counts towards the 70 % of action-12 credits for employment and language.
    public var countsForSeventyPercent: Bool { self == .employment || self == .language }

    /// Reads a stored list "emploi,langue"; unknown values are dropped.
    public static func list(_ stored: String) -> [ThematicTag] {
        stored.split(separator: ",").compactMap { ThematicTag(rawValue: String($0)) }
    }

    /// The stored form of a list, in catalogue order.
    public static func stored(_ tags: some Sequence<ThematicTag>) -> String {
        let set = Set(tags)
        return allCases.filter(set.contains).map(\.rawValue).joined(separator: ",")
    }
}
