import Domain
import Foundation
import Persistence
import SQLKit

extension CaseworkService {
    /// A contact of a household file, with the previous texts of its note and whether the viewer may correct it.
    public struct ContactPage: Sendable {
        public let household: HouseholdSummary
        public let contact: ContactRecord
        public let versions: [ContactNoteVersion]
        /// Whether the viewer may correct the note now (`HouseholdWriteRule` and `ContactNoteRule`).
        public let canCorrect: Bool
    }

    /// One contact, for anyone who may open its household's file; opening it is audited as the file is.
    public func contactPage(contactID: String, actor: AccountSummary) async throws -> ContactPage {
        guard OperatorStaff().admits(actor.role) else { throw DomainError.forbidden }
        let page = try await environment.database.read { sql in
            guard let householdID = try await ContactNoteRecords.householdID(contactID: contactID, in: sql),
                let household = try await HouseholdQueries.find(id: householdID, viewer: actor, in: sql),
                let contact = try await ContactNoteRecords.find(id: contactID, in: sql)
            else { throw DomainError.notFound }
            return ContactPage(
                household: household,
                contact: contact,
                versions: try await ContactNoteRecords.versions(contactIDs: [contactID], in: sql)[contactID] ?? [],
                canCorrect: HouseholdWriteRule.permits(
                    actor,
                    caseworkerID: household.caseworkerID,
                    stage: household.stage
                )
                    && ContactNoteRule.permits(actor, authorID: contact.authorID)
            )
        }
        try await environment.database.write { sql in
            try await environment.appendAudit(
                AuditEntry(
                    actor: actor,
                    action: AuditAction.personFileRead.rawValue,
                    recordType: "entretien",
                    recordID: contactID
                ),
                in: sql
            )
        }
        return page
    }

    /// Corrects a contact's note: its author or a manager, in a file they may write in, on the revision they saw; the
    /// previous text is kept with who wrote it and when. Returns the household's identifier.
    @discardableResult
    public func correctNote(
        contactID: String,
        revision: String,
        note: String,
        actor: AccountSummary
    ) async throws -> String {
        var parsed = FieldErrors()
        let text = CaseworkInputs.noteText(note, &parsed)
        let parseErrors = parsed
        return try await environment.database.write { sql in
            guard let householdID = try await ContactNoteRecords.householdID(contactID: contactID, in: sql) else {
                throw DomainError.notFound
            }
            _ = try await WritableHousehold.lock(householdID, actor: actor, in: sql)
            guard let contact = try await ContactNoteRecords.find(id: contactID, in: sql) else {
                throw DomainError.notFound
            }
            try ContactNoteRule.check(actor, authorID: contact.authorID)
            try ContactNoteRule.checkRevision(
                seen: BoundedInteger.parse(revision, in: 0...1_000_000_000),
                stored: contact.revision
            )
            guard parseErrors.isEmpty, let text else { throw DomainError.invalid(parseErrors) }
            guard text != contact.note else {
                var unchanged = FieldErrors()
                unchanged.add("contactNote", "La note est identique : modifiez-la avant d'enregistrer la correction.")
                throw DomainError.invalid(unchanged)
            }
            try await ContactNoteRecords.correct(
                contactID: contactID,
                note: text,
                by: actor.id,
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .contactNoteCorrected,
                recordType: "entretien",
                id: contactID,
                before: ["note": contact.note.isEmpty ? nil : contact.note],
                after: ["note": text.isEmpty ? nil : text],
                personalFields: ["note"],
                actor: actor,
                in: sql
            )
            return householdID
        }
    }
}
