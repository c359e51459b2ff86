extension ActivitySituation {
    /// The choices offered in forms, as (value, label); a fixed-term contract also needs its length in months.
    public static let formChoices: [(value: String, label: String)] = [
        ("jobseeker_registered", "Demandeur d'emploi inscrit à France Travail"),
        ("jobseeker_not_registered", "Demandeur d'emploi non inscrit"),
        ("qualifying_training", "Formation qualifiante ou diplômante"),
        ("non_qualifying_training", "Formation non qualifiante"),
        ("cdi", "Emploi en CDI"),
        ("cdd", "Emploi en CDD (préciser la durée)"),
        ("interim", "Mission d'intérim"),
        ("subsidised", "Contrat aidé ou d'insertion"),
        ("apprenticeship", "Contrat d'apprentissage"),
        ("self_employed", "Travailleur indépendant"),
        ("inactive", "Sans activité"),
    ]

    /// Reads a form choice; `months` is the length of a fixed-term contract.
    public init?(formValue: String, months: Int?) {
        switch formValue {
        case "jobseeker_registered": self = .jobSeekerRegistered
        case "jobseeker_not_registered": self = .jobSeekerNotRegistered
        case "qualifying_training": self = .qualifyingTraining
        case "non_qualifying_training": self = .nonQualifyingTraining
        case "cdi": self = .employed(contract: .permanent)
        case "cdd":
            guard let months, (1...36).contains(months) else { return nil }
            self = .employed(contract: .fixedTerm(months: months))
        case "interim": self = .employed(contract: .interim)
        case "subsidised": self = .employed(contract: .subsidised)
        case "apprenticeship": self = .employed(contract: .apprenticeship)
        case "self_employed": self = .selfEmployed
        case "inactive": self = .inactive
        default: return nil
        }
    }

    /// The stored form: the form value, with `:months` for a fixed-term contract.
    public var storedValue: String {
        switch self {
        case .jobSeekerRegistered: "jobseeker_registered"
        case .jobSeekerNotRegistered: "jobseeker_not_registered"
        case .qualifyingTraining: "qualifying_training"
        case .nonQualifyingTraining: "non_qualifying_training"
        case .employed(.permanent): "cdi"
        case .employed(.fixedTerm(let months)): "cdd:\(months)"
        case .employed(.interim): "interim"
        case .employed(.subsidised): "subsidised"
        case .employed(.apprenticeship): "apprenticeship"
        case .selfEmployed: "self_employed"
        case .inactive: "inactive"
        }
    }

    /// Reads the stored form back.
    public init?(storedValue: String) {
        let parts = storedValue.split(separator: ":", maxSplits: 1)
        self.init(
            formValue: String(parts.first ?? ""),
            months: parts.count > 1 ? BoundedInteger.parse(parts[1], in: 1...36) : nil
        )
    }
}
