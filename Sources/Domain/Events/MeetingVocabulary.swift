/// Whether a rencontre territoriale concerns one département or a whole région.
public enum MeetingScope: String, Sendable, CaseIterable, Codable {
    case departement = "departement"
    case region = "region"

    /// The French label.
    public var label: String { self == .departement ? "Départementale" : "Régionale" }
}

/// The participants of a rencontre territoriale, counted by kind.
public enum MeetingParticipantKind: String, Sendable, CaseIterable, Codable {
    case stateServices = "services-etat"
    case ofii = "ofii"
    case agirOperators = "operateurs-agir"
    case associations = "associations"
    case companies = "entreprises"
    case localAuthorities = "collectivites"
    case franceTravail = "france-travail"
    case newcomers = "primo-arrivants"

    /// The French label.
    public var label: String {
        switch self {
        case .stateServices: "Services de l'État"
        case .ofii: "OFII"
        case .agirOperators: "Opérateurs AGIR"
        case .associations: "Associations"
        case .companies: "Entreprises"
        case .localAuthorities: "Collectivités territoriales"
        case .franceTravail: "France Travail"
        case .newcomers: "Personnes primo-arrivantes"
        }
    }
}

/// The mechanisms a rencontre reviews.
public enum Mechanism: String, Sendable, CaseIterable, Codable {
    case agir = "agir"
    case cirLanguage = "cir-langue"
    case ctai = "ctai"
    case callsForProjects = "appels-a-projets"
    case employment = "emploi"
    case housing = "logement"
    case semaine = "semaine-integration"

    /// The French label.
    public var label: String {
        switch self {
        case .agir: "AGIR"
        case .cirLanguage: "CIR et formation linguistique"
        case .ctai: "Contrat territorial d'accueil et d'intégration (CTAI)"
        case .callsForProjects: "Appels à projets (BOP 104)"
        case .employment: "Accès à l'emploi"
        case .housing: "Accès au logement"
        case .semaine: "Semaine de l'intégration"
        }
    }
}

/// Where a decision of a rencontre stands; an open decision past its due date is overdue.
public enum MeetingDecisionStatus: String, Sendable, CaseIterable, Codable {
    case open = "en-cours"
    case done = "realisee"
    case abandoned = "abandonnee"

    /// The French label.
    public var label: String {
        switch self {
        case .open: "En cours"
        case .done: "Réalisée"
        case .abandoned: "Abandonnée"
        }
    }

    /// Whether a decision in this status, due on `due`, is overdue on `today` (a local day of its territory).
    public func isOverdue(due: CalendarDay, today: CalendarDay) -> Bool {
        self == .open && due < today
    }
}
