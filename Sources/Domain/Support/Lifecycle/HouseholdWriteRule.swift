/// The one rule deciding who may write in a household file: operator staff who can open it (the scope of the query
/// already limited it to their organisation and départements), the operator's managers or the household's own
/// caseworker, and only while the household is in support. Services enforce it; views ask it to show their forms.
public enum HouseholdWriteRule {
    /// Whether `actor` may write in the file of a household followed by `caseworkerID` at `stage`.
    public static func permits(_ actor: AccountSummary, caseworkerID: String?, stage: HouseholdStage) -> Bool {
        (try? check(actor, caseworkerID: caseworkerID, stage: stage)) != nil
    }

    /// Throws `forbidden` when the actor may not write in this household at all, and a conflict with a French message
    /// when the household's stage forbids it.
    public static func check(_ actor: AccountSummary, caseworkerID: String?, stage: HouseholdStage) throws {
        switch actor.role {
        case .responsable: break
        case .referent where caseworkerID == actor.id: break
        default: throw DomainError.forbidden
        }
        guard stage == .inSupport else { throw DomainError.conflict(stage.refusal) }
    }
}
