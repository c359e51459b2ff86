/// The type of an event of the Semaine de l'intégration (issue 17; funding-contracts-events-facts §C1).
public enum EventKind: String, Sendable, CaseIterable, Codable {
    case naturalisationCeremony = "ceremonie-naturalisation"
    case jobDating = "job-dating"
    case cvWorkshop = "atelier-cv"
    case conference = "conference"
    case prefectMeeting = "rencontre-prefet"
    case testimonies = "temoignages"
    case sportCulture = "sport-culture"
    case openDay = "portes-ouvertes"
    case other = "autre"

    /// The French label.
    public var label: String {
        switch self {
        case .naturalisationCeremony: "Cérémonie de naturalisation"
        case .jobDating: "Job dating"
        case .cvWorkshop: "Atelier CV"
        case .conference: "Conférence"
        case .prefectMeeting: "Rencontre avec le préfet"
        case .testimonies: "Témoignages"
        case .sportCulture: "Sport ou culture"
        case .openDay: "Portes ouvertes"
        case .other: "Autre"
        }
    }

    /// The schema.org type that describes it best, for the event page's JSON-LD.
    public var schemaOrgType: String {
        switch self {
        case .conference: "EducationEvent"
        case .cvWorkshop: "EducationEvent"
        case .jobDating: "BusinessEvent"
        case .sportCulture: "SocialEvent"
        default: "Event"
        }
    }
}

/// The stages of the integration path an edition highlights and an event or a story is about (the nine stages of
/// the 2023 edition, domain-facts §5).
public enum EventTheme: String, Sendable, CaseIterable, Codable {
    case french = "francais"
    case citizenship = "valeurs-citoyennete"
    case employment = "emploi"
    case mobility = "mobilite"
    case housing = "logement"
    case health = "sante"
    case cultureSport = "culture-sport"
    case civicEngagement = "engagement-citoyen"
    case agir = "agir"

    /// The French label.
    public var label: String {
        switch self {
        case .french: "Langue française"
        case .citizenship: "Valeurs de la République et citoyenneté"
        case .employment: "Emploi"
        case .mobility: "Mobilité"
        case .housing: "Logement"
        case .health: "Santé"
        case .cultureSport: "Culture et sport"
        case .civicEngagement: "Engagement citoyen"
        case .agir: "Accompagnement AGIR"
        }
    }

    /// Reads a comma-separated stored list, skipping unknown codes.
    public static func list(_ stored: String) -> [EventTheme] {
        stored.split(separator: ",").compactMap { EventTheme(rawValue: String($0)) }
    }

    /// The stored form of a list: codes separated by commas, in the catalogue's order.
    public static func stored(_ themes: some Collection<EventTheme>) -> String {
        allCases.filter(themes.contains).map(\.rawValue).joined(separator: ",")
    }
}

/// Who an event is for.
public enum EventAudience: String, Sendable, CaseIterable, Codable {
    case everyone = "tout-public"
    case onRegistration = "sur-inscription"
    case newcomers = "primo-arrivants"

    /// The French label.
    public var label: String {
        switch self {
        case .everyone: "Ouvert à tous, sans inscription"
        case .onRegistration: "Sur inscription"
        case .newcomers: "Réservé aux personnes primo-arrivantes"
        }
    }

    /// Whether visitors register on the public page (and the event needs a capacity).
    public var takesRegistrations: Bool { self == .onRegistration }
}

/// The kind of an organiser or a partner of an event.
public enum OrganiserKind: String, Sendable, CaseIterable, Codable {
    case prefecture = "prefecture"
    case stateService = "service-etat"
    case association = "association"
    case company = "entreprise"
    case localAuthority = "collectivite"
    case other = "autre"

    /// The French label.
    public var label: String {
        switch self {
        case .prefecture: "Préfecture"
        case .stateService: "Service de l'État (OFII, France Travail…)"
        case .association: "Association"
        case .company: "Entreprise"
        case .localAuthority: "Collectivité territoriale"
        case .other: "Autre"
        }
    }
}

/// The people counted after an event, by kind.
public enum AttendanceKind: String, Sendable, CaseIterable, Codable {
    case newcomers = "primo-arrivants"
    case generalPublic = "grand-public"
    case professionals = "professionnels"
    case employers = "employeurs"
    case officials = "elus"

    /// The French label.
    public var label: String {
        switch self {
        case .newcomers: "Personnes primo-arrivantes"
        case .generalPublic: "Grand public"
        case .professionals: "Professionnels de l'intégration"
        case .employers: "Employeurs"
        case .officials: "Élus et représentants de l'État"
        }
    }
}
