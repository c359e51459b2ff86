import Domain
import Foundation
import SQLKit

/// A replaced text of a contact's note: who wrote it and when, who replaced it and when.
public struct ContactNoteVersion: Sendable, Equatable {
    public let revision: Int
    public let note: String
    public let writtenBy: String
    public let writtenAt: Date
    public let replacedBy: String
    public let replacedAt: Date
}

/// SQL for correcting a contact's note while keeping every previous text.
public enum ContactNoteRecords {
    /// One contact, with its author and last correction.
    public static func find(id: String, in sql: any SQLDatabase) async throws -> ContactRecord? {
        try await sql.raw(CaseworkRecords.contactSelect + " WHERE c.id = \(bind: id)").first().map(
            CaseworkRecords.contact
        )
    }

    /// The household a contact belongs to, to lock it before the contact is read again and corrected.
    public static func householdID(contactID: String, in sql: any SQLDatabase) async throws -> String? {
        try await sql.raw("SELECT household_id FROM contacts WHERE id = \(bind: contactID)").first()?
            .decode(column: "household_id", as: String.self)
    }

    /// Keeps the current text as a previous version, then writes the corrected one and increments the revision.
    public static func correct(
        contactID: String,
        note: String,
        by accountID: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO contact_note_versions (contact_id, revision, note, written_by, written_at, replaced_by,
                replaced_at)
            SELECT id, revision, note, COALESCE(corrected_by, account_id), COALESCE(corrected_at, created_at),
                \(bind: accountID), \(bind: Timestamp.format(now))
            FROM contacts WHERE id = \(bind: contactID)
            """
        ).run()
        try await sql.raw(
            """
            UPDATE contacts SET note = \(bind: note), revision = revision + 1, corrected_by = \(bind: accountID),
                corrected_at = \(bind: Timestamp.format(now))
            WHERE id = \(bind: contactID)
            """
        ).run()
    }

    /// The previous texts of these contacts' notes, latest first, by contact.
    public static func versions(
        contactIDs: [String],
        in sql: any SQLDatabase
    ) async throws -> [String: [ContactNoteVersion]] {
        guard !contactIDs.isEmpty else { return [:] }
        var found: [String: [ContactNoteVersion]] = [:]
        for row in try await sql.raw(
            """
            SELECT v.contact_id, v.revision, v.note, v.written_at, v.replaced_at, w.display_name AS writer,
                r.display_name AS replacer
            FROM contact_note_versions v JOIN accounts w ON w.id = v.written_by JOIN accounts r ON r.id = v.replaced_by
            WHERE v.contact_id IN (\(SQLList(contactIDs.map { SQLBind($0) }))) ORDER BY v.contact_id, v.revision DESC
            """
        ).all() {
            guard let writtenAt = Timestamp.parse(try row.decode(column: "written_at", as: String.self)),
                let replacedAt = Timestamp.parse(try row.decode(column: "replaced_at", as: String.self))
            else { continue }
            found[try row.decode(column: "contact_id", as: String.self), default: []].append(
                ContactNoteVersion(
                    revision: try row.decode(column: "revision", as: Int.self),
                    note: try row.decode(column: "note", as: String.self),
                    writtenBy: try row.decode(column: "writer", as: String.self),
                    writtenAt: writtenAt,
                    replacedBy: try row.decode(column: "replacer", as: String.self),
                    replacedAt: replacedAt
                )
            )
        }
        return found
    }
}
