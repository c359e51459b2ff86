/// A contract as the prefecture types it: kind, title, départements, period, the prefect who signs for the State,
/// and the communes of its territory (INSEE codes).
public struct ContractInput: Sendable, Equatable {
    public var kind = ""
    public var title = ""
    public var departements: [String] = []
    public var startsOn = ""
    public var endsOn = ""
    public var prefect = ""
    public var communes = ""

    public init() {}

    /// The contract once each field is checked; the communes are checked against the reference data by the service,
    /// through `ContractRules.territory`.
    public struct Valid: Sendable, Equatable {
        public let kind: ContractKind
        public let title: String
        public let departements: [String]
        public let period: ContractPeriod
        public let prefect: String
        public let communeCodes: [String]
    }

    /// Checks every field against the départements the author may choose; a message per field, nil when any is wrong.
    public func validate(allowedDepartements: Set<String>, _ errors: inout FieldErrors) -> Valid? {
        let before = errors.messages.count
        let contractKind = ContractKind(rawValue: kind)
        if contractKind == nil { errors.add("contractKind", "Choisissez le type de contrat.") }
        let name = errors.text(title, field: "contractTitle", kind: .title, required: "Donnez un intitulé au contrat.")
        let signer = errors.text(
            prefect,
            field: "contractPrefect",
            kind: .title,
            required: "Indiquez le préfet ou la préfète qui signe pour l'État, par exemple « Préfète du Rhône »."
        )
        let chosen = Array(Set(departements.filter { !$0.isEmpty })).sorted()
        if chosen.isEmpty {
            errors.add("contractDepartements", "Choisissez au moins un département.")
        } else if !chosen.allSatisfy(allowedDepartements.contains) {
            errors.add("contractDepartements", "Vous ne pouvez préparer un contrat que dans vos départements.")
        }
        let period = ContractRules.period(
            startsOn: startsOn,
            endsOn: endsOn,
            kind: contractKind,
            fields: ("contractStart", "contractEnd"),
            &errors
        )
        let codes = ContractRules.communeCodes(communes, field: "contractCommunes", &errors)
        guard errors.messages.count == before, let contractKind, let name, let signer, let period, let codes else {
            return nil
        }
        return Valid(
            kind: contractKind,
            title: name,
            departements: chosen,
            period: period,
            prefect: signer,
            communeCodes: codes
        )
    }
}

/// The years a contract covers, from its first to its last day.
public struct ContractPeriod: Sendable, Equatable, Codable {
    public let startsOn: CalendarDay
    public let endsOn: CalendarDay

    public init(startsOn: CalendarDay, endsOn: CalendarDay) {
        self.startsOn = startsOn
        self.endsOn = endsOn
    }

    /// Every calendar year the period touches.
    public var years: ClosedRange<Int> { startsOn.year...endsOn.year }

    /// Whether a day falls within the period.
    public func contains(_ day: CalendarDay) -> Bool { startsOn <= day && day <= endsOn }

    /// "du 1 janvier 2025 au 31 décembre 2027".
    public var french: String { "du \(startsOn.french) au \(endsOn.french)" }
}
