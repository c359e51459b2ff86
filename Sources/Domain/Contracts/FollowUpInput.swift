/// The follow-up of an earlier decision at a later review: its new status and a short note.
public struct FollowUpInput: Sendable, Equatable {
    public var decisionID = ""
    public var status = ""
    public var note = ""

    public init() {}

    /// Checks the fields; `decisions` maps the decisions still open to the day of the review that took them, which
    /// must precede `reviewOn` (a decision is followed up on a later review, not on its own).
    public func validate(
        decisions: [String: CalendarDay],
        reviewOn: CalendarDay,
        _ errors: inout FieldErrors
    ) -> (decisionID: String, status: DecisionStatus, note: String)? {
        let field = "followUpStatus-\(decisionID)"
        let before = errors.messages.count
        guard let decidedOn = decisions[decisionID] else {
            errors.add(field, "Cette décision n'est plus à suivre.")
            return nil
        }
        if decidedOn >= reviewOn {
            errors.add(field, "Une décision se suit lors d'un comité postérieur à celui qui l'a prise.")
        }
        let newStatus = DecisionStatus(rawValue: status)
        if newStatus == nil { errors.add(field, "Choisissez où en est la décision.") }
        let text = errors.text(note, field: "followUpNote-\(decisionID)", kind: .note)
        guard errors.messages.count == before, let newStatus, let text else { return nil }
        return (decisionID, newStatus, text)
    }
}
