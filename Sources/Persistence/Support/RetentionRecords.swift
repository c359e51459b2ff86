import Domain
import SQLKit

/// A household not yet anonymised, with the date of its last contact (its referral date when it had none).
public struct RetentionCandidate: Sendable, Equatable {
    public let householdID: String
    public let departement: String
    public let lastContact: CalendarDay
    public let people: Int
}

/// SQL for anonymisation after the retention period.
public enum RetentionRecords {
    /// Households not yet anonymised whose last contact (or referral, without contact) is on or before `cutoff`.
    /// With `householdID`, that household alone, its row locked until the transaction ends (PostgreSQL).
    public static func candidates(
        lastContactOnOrBefore cutoff: CalendarDay,
        householdID: String? = nil,
        in sql: any SQLDatabase
    ) async throws
        -> [RetentionCandidate]
    {
        var query: SQLQueryString = """
            SELECT h.id, h.departement_code, COALESCE(h.last_contact_on, r.referral_date) AS last_contact,
                   (SELECT COUNT(*) FROM persons p WHERE p.household_id = h.id) AS people
            FROM households h LEFT JOIN referrals r ON r.household_id = h.id
            WHERE h.anonymised_on IS NULL AND COALESCE(h.last_contact_on, r.referral_date) <= \(bind: cutoff.iso)
            """
        if let householdID {
            query = query + " AND h.id = \(bind: householdID)" + sql.lockingRows(of: "h")
        } else {
            query = query + " ORDER BY last_contact, h.id"
        }
        return try await sql.raw(query).all().map { row in
            RetentionCandidate(
                householdID: try row.decode(column: "id", as: String.self),
                departement: try row.decode(column: "departement_code", as: String.self),
                lastContact: CalendarDay(iso: try row.decode(column: "last_contact", as: String.self)) ?? cutoff,
                people: try row.decode(column: "people", as: Int.self)
            )
        }
    }

    /// Removes what identifies the members of a household; keeps what statistics need (years, nationality,
    /// protection, dates of the support, exit).
    public static func anonymise(householdID: String, on day: CalendarDay, in sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            DELETE FROM person_name_keys
            WHERE person_id IN (SELECT id FROM persons WHERE household_id = \(bind: householdID))
            """
        ).run()
        try await sql.raw(
            """
            UPDATE persons SET document_names = 'Personne anonymisée', usual_names = '', birth_month = NULL,
                birth_day = NULL, agdref = NULL
            WHERE household_id = \(bind: householdID)
            """
        ).run()
        try await sql.raw(
            """
            UPDATE persons SET languages = NULL, phone = NULL, email = NULL, ofpra_number = NULL, caf_number = NULL,
                france_travail_id = NULL, social_security_number = NULL
            WHERE household_id = \(bind: householdID)
            """
        ).run()
        // Free text may name people: it goes; the coded fields (domains, needs, statuses, dates, levels) stay.
        let members: SQLQueryString = "(SELECT id FROM persons WHERE household_id = \(bind: householdID))"
        for statement: SQLQueryString in [
            "UPDATE contacts SET attendees = '', note = '' WHERE household_id = \(bind: householdID)",
            """
            UPDATE contact_note_versions SET note = ''
            WHERE contact_id IN (SELECT id FROM contacts WHERE household_id = \(bind: householdID))
            """,
            "UPDATE diagnoses SET situation = '', note = '' WHERE household_id = \(bind: householdID)",
            "UPDATE plan_goals SET title = '' WHERE household_id = \(bind: householdID)",
            "UPDATE plan_actions SET description = '', outcome = '' WHERE household_id = \(bind: householdID)",
            "UPDATE appointments SET place = '', cancel_reason = NULL WHERE household_id = \(bind: householdID)",
            "UPDATE household_transfers SET reason = '' WHERE household_id = \(bind: householdID)",
            "UPDATE language_proofs SET reference = NULL WHERE person_id IN " + members,
            "UPDATE civic_exams SET centre = '' WHERE person_id IN " + members,
        ] {
            try await sql.raw(statement).run()
        }
        try await sql.raw(
            "UPDATE referrals SET decision_reason = NULL WHERE household_id = \(bind: householdID)"
        ).run()
        try await sql.raw(
            """
            UPDATE households SET anonymised_on = \(bind: day.iso), commune_code = NULL, qpv_code = NULL,
                reference_name_search = \(bind: SearchKey.fold("Personne anonymisée"))
            WHERE id = \(bind: householdID)
            """
        ).run()
    }
}
