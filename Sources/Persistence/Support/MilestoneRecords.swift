import Domain
import Foundation
import SQLKit

/// SQL for the milestones of a support.
public enum MilestoneRecords {
    /// Adds a milestone.
    public static func insert(
        _ milestone: Milestone,
        householdID: String,
        accountID: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO milestones (id, household_id, person_id, occurred_on, kind, value, account_id, created_at)
            VALUES (\(bind: milestone.id), \(bind: householdID), \(bind: milestone.personID),
                    \(bind: milestone.date.iso), \(bind: milestone.event.kind), \(bind: milestone.event.value),
                    \(bind: accountID), \(bind: Timestamp.format(now)))
            """
        ).run()
        // The indicators count registered adults from the person's first registration date.
        if case .rightOpened(.franceTravail) = milestone.event, let person = milestone.personID {
            try await sql.raw(
                """
                UPDATE persons SET france_travail_on = \(bind: milestone.date.iso)
                WHERE id = \(bind: person) AND (france_travail_on IS NULL OR france_travail_on > \(bind: milestone.date.iso))
                """
            ).run()
        }
    }

    /// The milestones of a household in the order they happened (then recorded).
    public static func milestones(householdID: String, in sql: any SQLDatabase) async throws -> [Milestone] {
        try await sql.raw(
            """
            SELECT id, person_id, occurred_on, kind, value FROM milestones
            WHERE household_id = \(bind: householdID) ORDER BY occurred_on, created_at, id
            """
        ).all().compactMap { row in
            guard let date = CalendarDay(iso: try row.decode(column: "occurred_on", as: String.self)),
                let event = MilestoneEvent(
                    kind: try row.decode(column: "kind", as: String.self),
                    value: try row.decode(column: "value", as: String.self)
                )
            else { return nil }
            return Milestone(
                id: try row.decode(column: "id", as: String.self),
                date: date,
                personID: try row.decode(column: "person_id", as: String?.self),
                event: event
            )
        }
    }
}
