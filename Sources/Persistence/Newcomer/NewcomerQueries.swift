import Domain
import Foundation
import SQLKit

/// An agent's read or change of a person's records, as "Qui a consulté mon dossier" lists it.
public struct RecordConsultation: Sendable, Equatable {
    public let occurredAt: Date
    public let action: String
    public let accountID: String?
    public let accountName: String?
    public let role: String?
    public let organisationName: String?
}

/// The reads of the newcomer's space that no other domain makes.
public enum NewcomerQueries {
    /// Whether a person is a current member of a household (their record not merged into another).
    public static func isMember(personID: String, householdID: String, in sql: any SQLDatabase) async throws -> Bool {
        try await sql.raw(
            """
            SELECT 1 AS one FROM persons
            WHERE id = \(bind: personID) AND household_id = \(bind: householdID) AND merged_into IS NULL
            """
        ).first() != nil
    }

    /// The household's caseworker and operator, by name.
    public static func caseworker(
        householdID: String,
        in sql: any SQLDatabase
    ) async throws -> (name: String?, organisation: String)? {
        guard
            let row = try await sql.raw(
                """
                SELECT a.display_name, o.name FROM households h
                JOIN organisations o ON o.id = h.operator_organisation_id
                LEFT JOIN accounts a ON a.id = h.caseworker_account_id
                WHERE h.id = \(bind: householdID)
                """
            ).first()
        else { return nil }
        return (
            try row.decode(column: "display_name", as: String?.self), try row.decode(column: "name", as: String.self)
        )
    }

    /// The active data protection officers of an organisation (their name and e-mail), to be written to.
    public static func dataProtectionOfficers(
        organisationID: String,
        in sql: any SQLDatabase
    ) async throws -> [(name: String, email: String)] {
        try await sql.raw(
            """
            SELECT display_name, email FROM accounts
            WHERE organisation_id = \(bind: organisationID) AND role = \(bind: Role.dpo.rawValue)
              AND active = \(bind: true)
            ORDER BY display_name
            """
        ).all().map {
            (try $0.decode(column: "display_name", as: String.self), try $0.decode(column: "email", as: String.self))
        }
    }

    /// Agents' reads and changes of a person's records, newest first: events about the person, their own record,
    /// or their household as a whole (a read of the household file is one event per member: only theirs counts). The
    /// person's own actions (no account) are left out.
    public static func consultations(
        personID: String,
        householdID: String,
        limit: Int,
        in sql: any SQLDatabase
    ) async throws -> [RecordConsultation] {
        try await sql.raw(
            """
            SELECT e.occurred_at, e.action, e.account_id, e.role, a.display_name, o.name AS organisation_name
            FROM audit_events e
            LEFT JOIN accounts a ON a.id = e.account_id
            LEFT JOIN organisations o ON o.id = e.organisation_id
            WHERE e.account_id IS NOT NULL AND (
                e.person_id = \(bind: personID)
                OR (e.record_id = \(bind: personID) AND e.record_type = 'personne')
                OR (e.record_id = \(bind: householdID) AND e.record_type = 'menage' AND e.person_id IS NULL))
            ORDER BY e.seq DESC
            LIMIT \(unsafeRaw: String(limit))
            """
        ).all().map { row in
            RecordConsultation(
                occurredAt: Timestamp.parse(try row.decode(column: "occurred_at", as: String.self)) ?? .distantPast,
                action: try row.decode(column: "action", as: String.self),
                accountID: try row.decode(column: "account_id", as: String?.self),
                accountName: try row.decode(column: "display_name", as: String?.self),
                role: try row.decode(column: "role", as: String?.self),
                organisationName: try row.decode(column: "organisation_name", as: String?.self)
            )
        }
    }
}
