/// Where an application stands in its instruction; the money and report stages of a granted one are in `GrantStage`.
public enum ApplicationStatus: String, Sendable, CaseIterable, Codable {
    case draft = "brouillon"
    case submitted = "deposee"
    case scored = "instruite"
    case granted = "accordee"
    case refused = "refusee"

    /// The French label.
    public var label: String {
        switch self {
        case .draft: "Brouillon"
        case .submitted: "Déposée"
        case .scored: "Instruite (notée)"
        case .granted: "Subvention accordée"
        case .refused: "Refusée"
        }
    }

    /// Whether the applicant may still edit it.
    public var isEditable: Bool { self == .draft }

    /// Whether the committee may decide on it.
    public var awaitsDecision: Bool { self == .submitted || self == .scored }
}

/// The stage of a granted application, from the decision to the closing of the grant, computed from its facts.
public enum GrantStage: String, Sendable, CaseIterable, Codable {
    case awaitingConvention = "convention_attendue"
    case awaitingCommitment = "engagement_attendu"
    case committed = "engagee"
    case advancePaid = "avance_versee"
    case reportDue = "compte_rendu_attendu"
    case reportOverdue = "compte_rendu_en_retard"
    case reportFiled = "compte_rendu_depose"
    case balanceDue = "solde_a_verser"
    case closed = "cloturee"

    /// The French label.
    public var label: String {
        switch self {
        case .awaitingConvention: "Convention à signer"
        case .awaitingCommitment: "Engagement à saisir"
        case .committed: "Engagée, avance à verser"
        case .advancePaid: "Avance versée"
        case .reportDue: "Compte rendu attendu"
        case .reportOverdue: "Compte rendu en retard"
        case .reportFiled: "Compte rendu à examiner"
        case .balanceDue: "Solde à verser"
        case .closed: "Clôturée"
        }
    }

    /// The facts a stage is computed from.
    public struct Facts: Sendable, Equatable {
        public var conventionRequired: Bool
        public var conventionSigned: Bool
        public var committed: Money
        public var paid: Money
        public var total: Money
        /// The status of the report of the earliest year not yet closed, if any report is expected.
        public var report: ReportStatus?

        public init(
            conventionRequired: Bool,
            conventionSigned: Bool,
            committed: Money,
            paid: Money,
            total: Money,
            report: ReportStatus?
        ) {
            self.conventionRequired = conventionRequired
            self.conventionSigned = conventionSigned
            self.committed = committed
            self.paid = paid
            self.total = total
            self.report = report
        }
    }

    /// The stage: before the commitment, its legal act; once paid in full with its report accepted, closed; in
    /// between, the report's status wins over the payments, since it is what the agent must act on.
    public static func of(_ facts: Facts) -> GrantStage {
        if facts.committed == .zero {
            return facts.conventionRequired && !facts.conventionSigned ? .awaitingConvention : .awaitingCommitment
        }
        if facts.paid >= facts.total && facts.total > .zero && facts.report == .accepted { return .closed }
        switch facts.report {
        case .overdue: return .reportOverdue
        case .due: return .reportDue
        case .filed: return .reportFiled
        case .accepted: return .balanceDue
        case .notYetDue, nil: return facts.paid > .zero ? .advancePaid : .committed
        }
    }
}
