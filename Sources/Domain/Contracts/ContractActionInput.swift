/// An action of a contract, as typed: its axis, title, lead (an organisation in Parcours or a name), partners,
/// public, the QPV it serves and its dates.
public struct ContractActionInput: Sendable, Equatable {
    public var axisID = ""
    public var title = ""
    public var leadOrganisationID = ""
    public var leadName = ""
    public var partners = ""
    public var audience = ""
    public var qpv: [String] = []
    public var startsOn = ""
    public var endsOn = ""

    public init() {}

    /// The action once checked.
    public struct Valid: Sendable, Equatable {
        public let axisID: String
        public let title: String
        public let leadOrganisationID: String?
        public let leadName: String
        public let partners: String
        public let audience: String
        public let qpv: [String]
        public let startsOn: CalendarDay
        public let endsOn: CalendarDay
    }

    /// What the action is checked against: the contract's axes and period, the QPV of its territory, and the
    /// organisations that may lead (by id, with their names).
    public struct Context: Sendable {
        public let axes: Set<String>
        public let period: ContractPeriod
        public let territoryQPV: Set<String>
        public let organisations: [String: String]

        public init(
            axes: Set<String>,
            period: ContractPeriod,
            territoryQPV: Set<String>,
            organisations: [String: String]
        ) {
            self.axes = axes
            self.period = period
            self.territoryQPV = territoryQPV
            self.organisations = organisations
        }
    }

    /// Checks every field; a message per field, nil when any is wrong.
    public func validate(_ context: Context, _ errors: inout FieldErrors) -> Valid? {
        let before = errors.messages.count
        if !context.axes.contains(axisID) { errors.add("actionAxis", "Choisissez l'axe de l'action.") }
        let name = errors.text(title, field: "actionTitle", kind: .title, required: "Donnez un intitulé à l'action.")
        let organisation = leadOrganisationID.isEmpty ? nil : leadOrganisationID
        let typedLead = errors.text(leadName, field: "actionLeadName", kind: .title)
        var lead: String?
        if let organisation {
            lead = context.organisations[organisation]
            if lead == nil {
                errors.add("actionLead", "Choisissez un porteur inscrit dans Parcours, ou saisissez son nom.")
            }
        } else if let typedLead, !typedLead.isEmpty {
            lead = typedLead
        } else if typedLead != nil {
            errors.add(
                "actionLead",
                "Choisissez le porteur de l'action, ou saisissez son nom s'il n'est pas dans Parcours."
            )
        }
        let partnerText = errors.text(partners, field: "actionPartners", kind: .line)
        let publicText = errors.text(
            audience,
            field: "actionAudience",
            kind: .line,
            required: "Décrivez le public visé, par exemple « bénéficiaires de la protection internationale »."
        )
        let served = Array(Set(qpv.filter { !$0.isEmpty })).sorted()
        let outside = ContractRules.qpvOutside(served, territory: context.territoryQPV)
        if !outside.isEmpty {
            errors.add(
                "actionQPV",
                "Ces quartiers ne sont pas dans le territoire du contrat : \(outside.joined(separator: ", "))."
            )
        }
        let dates = Self.dates(startsOn, endsOn, within: context.period, &errors)
        guard errors.messages.count == before, let name, let lead, let partnerText, let publicText, let dates else {
            return nil
        }
        return Valid(
            axisID: axisID,
            title: name,
            leadOrganisationID: organisation,
            leadName: lead,
            partners: partnerText,
            audience: publicText,
            qpv: served,
            startsOn: dates.0,
            endsOn: dates.1
        )
    }

    /// An action's first and last days: in order, within the contract's period.
    static func dates(
        _ start: String,
        _ end: String,
        within period: ContractPeriod,
        _ errors: inout FieldErrors
    ) -> (CalendarDay, CalendarDay)? {
        let first = ContractRules.day(start, field: "actionStart", label: "la date de début", &errors)
        let last = ContractRules.day(end, field: "actionEnd", label: "la date de fin", &errors)
        guard let first, let last else { return nil }
        if last < first {
            errors.add("actionEnd", "La fin de l'action ne peut pas précéder son début.")
            return nil
        }
        if !period.contains(first) || !period.contains(last) {
            errors.add("actionEnd", "Les dates de l'action doivent tenir dans la durée du contrat, \(period.french).")
            return nil
        }
        return (first, last)
    }
}
