/// What a person does with regard to work and training at a given moment.
public enum ActivitySituation: Sendable, Hashable, Codable {
    /// Looking for work and registered with France Travail.
    case jobSeekerRegistered
    /// Looking for work without being registered with France Travail.
    case jobSeekerNotRegistered
    /// In a training leading to a qualification, a diploma or a professional title.
    case qualifyingTraining
    /// In a training that leads to no qualification (language course, pre-qualification…).
    case nonQualifyingTraining
    /// Employed under the given contract.
    case employed(contract: ContractType)
    /// Self-employed (micro-entrepreneur, business creator).
    case selfEmployed
    /// Neither working, training nor looking for work.
    case inactive

    /// The French label shown to caseworkers.
    public var label: String {
        switch self {
        case .jobSeekerRegistered: "Demandeur d'emploi inscrit à France Travail"
        case .jobSeekerNotRegistered: "Demandeur d'emploi non inscrit à France Travail"
        case .qualifyingTraining: "En formation qualifiante ou diplômante"
        case .nonQualifyingTraining: "En formation non qualifiante"
        case .employed(let contract): "En emploi : \(contract.label)"
        case .selfEmployed: "Travailleur indépendant"
        case .inactive: "Sans activité"
        }
    }

    /// Whether this activity counts as sustainable employment or training for a positive AGIR exit.
    public var isSustainable: Bool {
        switch self {
        case .qualifyingTraining:
            true
        case .employed(let contract):
            contract.isSustainable
        // Business creation is "emploi durable" in the IAE exit typology, but AGIR's closed list
        // (CDI, CDD ≥ 6 months, qualifying training) does not name it, and for refugees it is
        // mostly platform micro-entrepreneurship with no lasting income.
        case .selfEmployed:
            false
        case .jobSeekerRegistered, .jobSeekerNotRegistered, .nonQualifyingTraining, .inactive:
            false
        }
    }
}
