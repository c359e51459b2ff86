import Domain
import SQLKit

/// SQL that corrects a person's identity and the keys that find them as a possible duplicate.
public enum PersonIdentityRecords {
    /// Writes the identity fields, replaces the person's name keys (none for a record merged into another, which no
    /// longer comes up as a duplicate) and, for a household's reference person, the caseload list's folded names.
    public static func correct(
        personID: String,
        identity: PersonIdentity,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            UPDATE persons SET document_names = \(bind: identity.name.documentNames),
                usual_names = \(bind: identity.name.usualNames), birth_year = \(bind: identity.birthYear),
                birth_month = \(bind: identity.birthMonth), birth_day = \(bind: identity.birthDay),
                sex = \(bind: identity.sex), nationality = \(bind: identity.nationality),
                protection = \(bind: identity.protection?.rawValue),
                protection_authority = \(bind: identity.protectionAuthority),
                protection_date = \(bind: identity.protectionDate?.iso)
            WHERE id = \(bind: personID)
            """
        ).run()
        try await sql.raw("DELETE FROM person_name_keys WHERE person_id = \(bind: personID)").run()
        for key in identity.name.searchKeys {
            try await sql.raw(
                """
                INSERT INTO person_name_keys (person_id, name_key, departement_code)
                SELECT p.id, \(bind: key), h.departement_code FROM persons p JOIN households h ON h.id = p.household_id
                WHERE p.id = \(bind: personID) AND p.merged_into IS NULL
                """
            ).run()
        }
        try await sql.raw(
            """
            UPDATE households SET reference_name_search = \(bind: SearchKey.fold(identity.name.documentNames))
            WHERE id = (SELECT household_id FROM persons WHERE id = \(bind: personID) AND is_reference = \(bind: true))
            """
        ).run()
    }

    /// The household a person belongs to, to lock it before the person is read again and corrected.
    public static func householdID(personID: String, in sql: any SQLDatabase) async throws -> String? {
        try await sql.raw("SELECT household_id FROM persons WHERE id = \(bind: personID)").first()?
            .decode(column: "household_id", as: String.self)
    }

    /// The name keys of a person, sorted (what the duplicate search compares).
    public static func nameKeys(personID: String, in sql: any SQLDatabase) async throws -> [String] {
        try await sql.raw(
            "SELECT name_key FROM person_name_keys WHERE person_id = \(bind: personID) ORDER BY name_key"
        ).all().map { try $0.decode(column: "name_key", as: String.self) }
    }
}
