import Domain
import Foundation
import SQLKit

/// A transfer of a household to another operator or département, as the file's history shows it.
public struct TransferRecord: Sendable, Equatable {
    public let day: CalendarDay
    public let fromOrganisation: String
    public let toOrganisation: String
    public let fromDepartement: String
    public let toDepartement: String
    public let reason: String
}

/// SQL for transfers between operators and départements.
public enum TransferRecords {
    /// Moves the household to another operator and département, without a caseworker until its manager assigns one.
    public static func move(
        id: String,
        householdID: String,
        day: CalendarDay,
        from: (organisationID: String, departement: String),
        to: (organisationID: String, departement: String, commune: String?),
        reason: String,
        accountID: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO household_transfers (id, household_id, transferred_on, from_organisation_id,
                to_organisation_id, from_departement, to_departement, reason, account_id, created_at)
            VALUES (\(bind: id), \(bind: householdID), \(bind: day.iso), \(bind: from.organisationID),
                    \(bind: to.organisationID), \(bind: from.departement), \(bind: to.departement), \(bind: reason),
                    \(bind: accountID), \(bind: Timestamp.format(now)))
            """
        ).run()
        try await sql.raw(
            """
            UPDATE households SET operator_organisation_id = \(bind: to.organisationID),
                departement_code = \(bind: to.departement), commune_code = \(bind: to.commune), qpv_code = NULL,
                caseworker_account_id = NULL
            WHERE id = \(bind: householdID)
            """
        ).run()
        // Duplicate search looks within a département: the members' name keys move with the household.
        try await sql.raw(
            """
            UPDATE person_name_keys SET departement_code = \(bind: to.departement)
            WHERE person_id IN (SELECT id FROM persons WHERE household_id = \(bind: householdID))
            """
        ).run()
        // So do the areas the pathway indicators count their CIR trainings and civic exams in.
        try await PathwayAreas.place(householdID: householdID, in: sql)
    }

    /// Whether the household was once handed from `organisationID` to another operator.
    public static func wasTransferred(
        householdID: String,
        from organisationID: String,
        in sql: any SQLDatabase
    ) async throws -> Bool {
        try await sql.raw(
            """
            SELECT 1 AS found FROM household_transfers
            WHERE household_id = \(bind: householdID) AND from_organisation_id = \(bind: organisationID)
                AND to_organisation_id <> \(bind: organisationID)
            LIMIT 1
            """
        ).first() != nil
    }

    /// The transfers of a household, oldest first, with the organisations' names.
    public static func transfers(householdID: String, in sql: any SQLDatabase) async throws -> [TransferRecord] {
        try await sql.raw(
            """
            SELECT t.transferred_on, f.name AS from_name, o.name AS to_name, t.from_departement, t.to_departement,
                   t.reason
            FROM household_transfers t
            JOIN organisations f ON f.id = t.from_organisation_id
            JOIN organisations o ON o.id = t.to_organisation_id
            WHERE t.household_id = \(bind: householdID) ORDER BY t.transferred_on, t.created_at
            """
        ).all().map { row in
            TransferRecord(
                day: CalendarDay(iso: try row.decode(column: "transferred_on", as: String.self))
                    ?? .init(daysSinceEpoch: 0),
                fromOrganisation: try row.decode(column: "from_name", as: String.self),
                toOrganisation: try row.decode(column: "to_name", as: String.self),
                fromDepartement: try row.decode(column: "from_departement", as: String.self),
                toDepartement: try row.decode(column: "to_departement", as: String.self),
                reason: try row.decode(column: "reason", as: String.self)
            )
        }
    }
}
