/// A rencontre territoriale as typed: its date, title, place, participants by kind, mechanisms reviewed, findings
/// (one per line), new decisions, and the follow-up of open decisions of earlier meetings.
public struct MeetingInput: Sendable, Equatable {
    public var heldOn = ""
    public var title = ""
    public var place = ""
    /// Counts by participant kind code, as typed.
    public var participants: [String: String] = [:]
    public var mechanisms: [String] = []
    public var findings = ""
    /// New decisions: text, owner, due day; rows with an empty text are skipped.
    public var decisions: [DecisionRow] = []
    /// Follow-ups of earlier open decisions by decision id: status code and note; rows left unchanged are skipped.
    public var followUps: [String: (status: String, note: String)] = [:]

    public init() {}

    public static func == (lhs: MeetingInput, rhs: MeetingInput) -> Bool {
        lhs.heldOn == rhs.heldOn && lhs.title == rhs.title && lhs.decisions == rhs.decisions
    }

    /// The number of decision rows the form offers.
    public static let decisionRows = 3
    /// The most findings a meeting records.
    public static let maxFindings = 30

    /// One decision row as typed.
    public struct DecisionRow: Sendable, Equatable {
        public var text: String
        public var owner: String
        public var dueOn: String

        public init(text: String, owner: String, dueOn: String) {
            self.text = text
            self.owner = owner
            self.dueOn = dueOn
        }
    }

    /// The checked values.
    public struct Valid: Sendable, Equatable {
        public let heldOn: CalendarDay
        public let title: String
        public let place: String
        public let participants: [MeetingParticipantKind: Int]
        public let mechanisms: [Mechanism]
        public let findings: [String]
        public let decisions: [(text: String, owner: String, dueOn: CalendarDay)]
        public let followUps: [String: (status: MeetingDecisionStatus, note: String)]

        public static func == (lhs: Valid, rhs: Valid) -> Bool {
            lhs.heldOn == rhs.heldOn && lhs.title == rhs.title && lhs.findings == rhs.findings
                && lhs.decisions.map(\.text) == rhs.decisions.map(\.text)
        }

        /// The number of people present.
        public var participantCount: Int { participants.values.reduce(0, +) }
    }

    /// The valid meeting, or nil with a French message per field; `today` is the territory's local day (a meeting
    /// is recorded once held, so it cannot be later).
    public func validate(today: CalendarDay, _ errors: inout FieldErrors) -> Valid? {
        let day = CalendarDay(iso: heldOn.trimmingCharacters(in: .whitespaces))
        if day == nil {
            errors.add("meetingDay", "Saisissez la date de la rencontre, par exemple 2026-11-20.")
        } else if let day, day > today {
            errors.add("meetingDay", "Une rencontre s'enregistre une fois tenue : la date ne peut pas être à venir.")
        }
        let title = errors.text(self.title, field: "meetingTitle", kind: .title, required: "Donnez un intitulé.")
        let place = errors.text(self.place, field: "meetingPlace", kind: .line, required: "Indiquez le lieu.")
        var counts: [MeetingParticipantKind: Int] = [:]
        for kind in MeetingParticipantKind.allCases {
            let raw = participants[kind.rawValue] ?? ""
            if let count = errors.integer(
                raw,
                field: "participants-\(kind.rawValue)",
                in: 0...10_000,
                required: false,
                message: "Saisissez un nombre de participants entre 0 et 10 000."
            ), count > 0 {
                counts[kind] = count
            }
        }
        if errors.isEmpty && counts.isEmpty {
            errors.add("participants-\(MeetingParticipantKind.stateServices.rawValue)", "Comptez les participants.")
        }
        let reviewed = Mechanism.allCases.filter { self.mechanisms.contains($0.rawValue) }
        if reviewed.isEmpty { errors.add("meetingMechanisms", "Cochez au moins un dispositif examiné.") }
        var findings: [String] = []
        if let text = errors.text(self.findings, field: "meetingFindings", kind: .note) {
            findings = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            if findings.count > Self.maxFindings {
                errors.add("meetingFindings", "\(Self.maxFindings) constats au plus, un par ligne.")
            }
        }
        let decisions = validDecisions(heldOn: day, &errors)
        let followUps = validFollowUps(&errors)
        guard errors.isEmpty, let day, let title, let place else { return nil }
        return Valid(
            heldOn: day,
            title: title,
            place: place,
            participants: counts,
            mechanisms: reviewed,
            findings: findings,
            decisions: decisions,
            followUps: followUps
        )
    }

    private func validDecisions(
        heldOn: CalendarDay?,
        _ errors: inout FieldErrors
    ) -> [(text: String, owner: String, dueOn: CalendarDay)] {
        var result: [(text: String, owner: String, dueOn: CalendarDay)] = []
        for (index, row) in decisions.enumerated() {
            guard let text = errors.text(row.text, field: "decisionText-\(index)", kind: .line), !text.isEmpty else {
                continue
            }
            let owner = errors.text(
                row.owner,
                field: "decisionOwner-\(index)",
                kind: .title,
                required: "Indiquez qui porte cette décision."
            )
            let due = CalendarDay(iso: row.dueOn.trimmingCharacters(in: .whitespaces))
            if due == nil {
                errors.add("decisionDue-\(index)", "Saisissez l'échéance, par exemple 2027-03-31.")
            } else if let due, let heldOn, due < heldOn {
                errors.add("decisionDue-\(index)", "L'échéance ne peut pas précéder la rencontre.")
            }
            if let owner, let due { result.append((text, owner, due)) }
        }
        return result
    }

    private func validFollowUps(_ errors: inout FieldErrors) -> [String: (status: MeetingDecisionStatus, note: String)]
    {
        var result: [String: (status: MeetingDecisionStatus, note: String)] = [:]
        for (id, row) in followUps.sorted(by: { $0.key < $1.key }) {
            guard let status = MeetingDecisionStatus(rawValue: row.status) else {
                errors.add("followUpStatus-\(id)", "Choisissez où en est la décision.")
                continue
            }
            guard let note = errors.text(row.note, field: "followUpNote-\(id)", kind: .line) else { continue }
            if status == .open && note.isEmpty { continue }
            result[id] = (status, note)
        }
        return result
    }
}
