/// The kind of employment contract of a person in work.
public enum ContractType: Sendable, Hashable, Codable {
    /// Contrat à durée indéterminée, including a CDI intérimaire with a temping agency.
    case permanent
    /// Contrat à durée déterminée of the given length in whole months.
    case fixedTerm(months: Int)
    /// Temping mission (contrat de mission d'intérim).
    case interim
    /// Subsidised or integration contract (PEC, CDDI in an SIAE…).
    case subsidised
    /// Contrat d'apprentissage.
    case apprenticeship

    /// The minimum length, in months, of a fixed-term contract that counts as sustainable.
    public static let sustainableFixedTermMonths = 6

    /// The French label shown to caseworkers.
    public var label: String {
        switch self {
        case .permanent: "CDI"
        case .fixedTerm(let months): "CDD de \(months) mois"
        case .interim: "Mission d'intérim"
        case .subsidised: "Contrat aidé ou d'insertion"
        case .apprenticeship: "Contrat d'apprentissage"
        }
    }

    /// Whether this contract counts as sustainable employment for a positive AGIR exit.
    public var isSustainable: Bool {
        switch self {
        // AGIR: a CDI or a CDD of at least 6 months (DESIGN §4, domain-facts §1.5 [S11]).
        case .permanent:
            true
        case .fixedTerm(let months):
            months >= Self.sustainableFixedTermMonths
        // An apprenticeship lasts 6 months to 3 years (Code du travail L6222-7-1) and leads to a
        // diploma or title, so it meets both the CDD and the qualifying-training criteria.
        case .apprenticeship:
            true
        // AGIR's list is closed and names neither: a mission d'intérim is a contract of its own,
        // not a CDD, and subsidised contracts are "emploi de transition" in the public employment
        // service's typology of exits (sorties dynamiques, DGEFP/IAE).
        case .interim, .subsidised:
            false
        }
    }
}
