/// An annual review (comité de pilotage) as typed: its day, who took part, and what it concluded.
public struct ReviewInput: Sendable, Equatable {
    public var heldOn = ""
    public var participants = ""
    public var summary = ""

    public init() {}

    /// The review once checked.
    public struct Valid: Sendable, Equatable {
        public let heldOn: CalendarDay
        public let participants: String
        public let summary: String
    }

    /// Checks every field: the day must follow the signature and be past.
    public func validate(signedOn: CalendarDay?, today: CalendarDay, _ errors: inout FieldErrors) -> Valid? {
        let before = errors.messages.count
        let day = ContractRules.day(heldOn, field: "reviewOn", label: "la date du comité", &errors)
        if let day, let problem = ContractRules.afterSignature(day, signedOn: signedOn, today: today) {
            errors.add("reviewOn", problem)
        }
        let people = errors.text(
            participants,
            field: "reviewParticipants",
            kind: .note,
            required: "Indiquez les participants (institutions et fonctions, sans données personnelles inutiles)."
        )
        let text = errors.text(summary, field: "reviewSummary", kind: .longText)
        guard errors.messages.count == before, let day, let people, let text else { return nil }
        return Valid(heldOn: day, participants: people, summary: text)
    }
}

/// A decision of a review as typed: what is decided, who carries it, and by when.
public struct DecisionInput: Sendable, Equatable {
    public var text = ""
    public var owner = ""
    public var dueOn = ""

    public init() {}

    /// Checks every field; the due day cannot precede the review.
    public func validate(
        reviewOn: CalendarDay,
        _ errors: inout FieldErrors
    ) -> (text: String, owner: String, due: CalendarDay)? {
        let before = errors.messages.count
        let decided = errors.text(text, field: "decisionText", kind: .note, required: "Écrivez la décision.")
        let carrier = errors.text(
            owner,
            field: "decisionOwner",
            kind: .title,
            required: "Indiquez qui porte la décision (une institution ou une fonction)."
        )
        let due = ContractRules.day(dueOn, field: "decisionDue", label: "l'échéance", &errors)
        if let due, due < reviewOn {
            errors.add("decisionDue", "L'échéance ne peut pas précéder le comité (\(reviewOn.french)).")
        }
        guard errors.messages.count == before, let decided, let carrier, let due else { return nil }
        return (decided, carrier, due)
    }
}
