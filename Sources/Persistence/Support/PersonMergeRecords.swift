import Domain
import SQLKit

/// SQL for merging two records of the same person, and undoing it.
public enum PersonMergeRecords {
    /// Marks `duplicateID` as merged into `personID` and removes its name keys, so that it no longer comes up.
    public static func merge(_ duplicateID: String, into personID: String, in sql: any SQLDatabase) async throws {
        try await sql.raw("UPDATE persons SET merged_into = \(bind: personID) WHERE id = \(bind: duplicateID)").run()
        try await sql.raw("DELETE FROM person_name_keys WHERE person_id = \(bind: duplicateID)").run()
    }

    /// The person a record was merged into, if any.
    public static func mergedInto(_ personID: String, in sql: any SQLDatabase) async throws -> String? {
        try await sql.raw("SELECT merged_into FROM persons WHERE id = \(bind: personID)").first()?.decode(
            column: "merged_into",
            as: String?.self
        )
    }

    /// The records merged into the members of a household: (merged record, member it was merged into, names).
    public static func merged(
        householdID: String,
        in sql: any SQLDatabase
    ) async throws
        -> [(id: String, into: String, names: String, householdID: String)]
    {
        try await sql.raw(
            """
            SELECT d.id, d.merged_into, d.document_names, d.household_id FROM persons d
            JOIN persons m ON m.id = d.merged_into
            WHERE m.household_id = \(bind: householdID) ORDER BY d.id
            """
        ).all().map {
            (
                try $0.decode(column: "id", as: String.self), try $0.decode(column: "merged_into", as: String.self),
                try $0.decode(column: "document_names", as: String.self),
                try $0.decode(column: "household_id", as: String.self)
            )
        }
    }

    /// Undoes a merge: the record is its own person again, with its name keys back in its household's département.
    public static func unmerge(_ duplicateID: String, in sql: any SQLDatabase) async throws {
        guard
            let row = try await sql.raw(
                """
                SELECT p.document_names, p.usual_names, h.departement_code FROM persons p
                JOIN households h ON h.id = p.household_id WHERE p.id = \(bind: duplicateID)
                """
            ).first()
        else { return }
        let name = PersonName(
            documentNames: try row.decode(column: "document_names", as: String.self),
            usualNames: try row.decode(column: "usual_names", as: String.self)
        )
        let departement = try row.decode(column: "departement_code", as: String.self)
        try await sql.raw("UPDATE persons SET merged_into = NULL WHERE id = \(bind: duplicateID)").run()
        for key in name.searchKeys {
            try await sql.raw(
                """
                INSERT INTO person_name_keys (person_id, name_key, departement_code)
                VALUES (\(bind: duplicateID), \(bind: key), \(bind: departement))
                """
            ).run()
        }
    }
}
