/// The nine roles of the design brief (§2); the raw value is the slug used in logins and URLs.
public enum Role: String, Sendable, CaseIterable, Codable {
    case referent
    case responsable
    case ofii
    case prefecture
    case dreets
    case national
    case partenaire
    case dpo
    case admin

    /// The French name shown on screens.
    public var label: String {
        switch self {
        case .referent: "Référent AGIR"
        case .responsable: "Responsable d'opérateur"
        case .ofii: "Agent OFII"
        case .prefecture: "Agent de préfecture (DDETS)"
        case .dreets: "Agent régional (DREETS)"
        case .national: "Pilotage national (DGEF)"
        case .partenaire: "Partenaire"
        case .dpo: "Délégué à la protection des données"
        case .admin: "Administrateur"
        }
    }

    /// Whether the role may see named personal data (DESIGN §2); such roles will need two-factor login.
    public var seesNamedPersonalData: Bool {
        switch self {
        case .referent, .responsable, .ofii, .partenaire: true
        case .prefecture, .dreets, .national, .dpo, .admin: false
        }
    }

    /// The organisation kinds an account with this role may belong to.
    public var allowedOrganisationKinds: Set<OrganisationKind> {
        switch self {
        case .referent, .responsable: [.agirOperator]
        case .ofii: [.ofiiDirection]
        case .prefecture: [.prefecture]
        case .dreets: [.dreets]
        case .national: [.ministry]
        case .partenaire: [.association, .localAuthority, .company, .trainingProvider]
        case .dpo: Set(OrganisationKind.allCases)
        case .admin: Set(OrganisationKind.allCases)
        }
    }
}
