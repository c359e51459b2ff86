/// Who may correct a contact's note: its author, or a manager of the operator, among those who may write in the
/// household file now (`HouseholdWriteRule`, checked first). A correction names the revision its author saw.
public enum ContactNoteRule {
    /// Throws `forbidden` unless `actor` wrote the note (its last version) or manages the operator.
    public static func check(_ actor: AccountSummary, authorID: String) throws {
        guard actor.role == .responsable || actor.id == authorID else { throw DomainError.forbidden }
    }

    /// Whether `actor` may correct a note written by `authorID` in a file they may write in.
    public static func permits(_ actor: AccountSummary, authorID: String) -> Bool {
        (try? check(actor, authorID: authorID)) != nil
    }

    /// Refuses a correction made on an older version of the note than the stored one.
    public static func checkRevision(seen: Int?, stored: Int) throws {
        guard seen == stored else {
            throw DomainError.conflict(
                "Cette note vient d'être corrigée par quelqu'un d'autre : relisez-la avant de recommencer."
            )
        }
    }
}
