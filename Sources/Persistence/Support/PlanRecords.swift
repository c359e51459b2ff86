import Domain
import Foundation
import SQLKit

/// A goal of the plan with its actions.
public struct PlanGoal: Sendable, Equatable {
    public let id: String
    public let domain: String
    public let personName: String?
    public let title: String
    public var actions: [PlanAction]
}

/// An action of the plan.
public struct PlanAction: Sendable, Equatable {
    public let id: String
    public let goalID: String
    public let householdID: String
    public let description: String
    public let actor: String
    public let partnerName: String?
    public let due: CalendarDay?
    public let status: ActionStatus
    public let outcome: String
}

/// SQL for the plan.
public enum PlanRecords {
    /// The goals of a household, oldest first, each with its actions.
    public static func goals(householdID: String, in sql: any SQLDatabase) async throws -> [PlanGoal] {
        var goals = try await sql.raw(
            """
            SELECT g.id, g.domain, g.title, p.document_names FROM plan_goals g LEFT JOIN persons p ON p.id = g.person_id
            WHERE g.household_id = \(bind: householdID) ORDER BY g.created_at, g.id
            """
        ).all().map { row in
            PlanGoal(
                id: try row.decode(column: "id", as: String.self),
                domain: try row.decode(column: "domain", as: String.self),
                personName: try row.decode(column: "document_names", as: String?.self),
                title: try row.decode(column: "title", as: String.self),
                actions: []
            )
        }
        let actions = try await actions(where: "a.household_id = \(bind: householdID)", in: sql)
        for index in goals.indices { goals[index].actions = actions.filter { $0.goalID == goals[index].id } }
        return goals
    }

    static func actions(where condition: SQLQueryString, in sql: any SQLDatabase) async throws -> [PlanAction] {
        let query: SQLQueryString = """
            SELECT a.id, a.goal_id, a.household_id, a.description, a.actor, a.due_on, a.status, a.outcome, o.name AS partner_name
            FROM plan_actions a LEFT JOIN organisations o ON o.id = a.partner_organisation_id
            WHERE
            """ + " " + condition + " ORDER BY a.due_on, a.id"
        return try await sql.raw(query).all().map { row in
            PlanAction(
                id: try row.decode(column: "id", as: String.self),
                goalID: try row.decode(column: "goal_id", as: String.self),
                householdID: try row.decode(column: "household_id", as: String.self),
                description: try row.decode(column: "description", as: String.self),
                actor: try row.decode(column: "actor", as: String.self),
                partnerName: try row.decode(column: "partner_name", as: String?.self),
                due: try row.decode(column: "due_on", as: String?.self).flatMap(CalendarDay.init(iso:)),
                status: ActionStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .todo,
                outcome: try row.decode(column: "outcome", as: String.self)
            )
        }
    }

    /// Adds a goal.
    public static func insertGoal(
        id: String,
        householdID: String,
        domain: String,
        personID: String?,
        title: String,
        accountID: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO plan_goals (id, household_id, domain, person_id, title, account_id, created_at)
            VALUES (\(bind: id), \(bind: householdID), \(bind: domain), \(bind: personID), \(bind: title), \(bind: accountID),
                    \(bind: Timestamp.format(now)))
            """
        ).run()
    }

    /// Adds an action to a goal of the same household.
    public static func insertAction(
        id: String,
        goalID: String,
        householdID: String,
        description: String,
        actor: String,
        partnerID: String?,
        due: CalendarDay?,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO plan_actions (id, goal_id, household_id, description, actor, partner_organisation_id, due_on,
                status, outcome, updated_at)
            VALUES (\(bind: id), \(bind: goalID), \(bind: householdID), \(bind: description), \(bind: actor),
                    \(bind: partnerID), \(bind: due?.iso), \(bind: ActionStatus.todo.rawValue), '', \(bind: Timestamp.format(now)))
            """
        ).run()
    }

    /// Changes an action's status and outcome; false when the household has no such action.
    public static func updateAction(
        id: String,
        householdID: String,
        status: ActionStatus,
        outcome: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws -> Bool {
        guard
            try await sql.raw(
                "SELECT id FROM plan_actions WHERE id = \(bind: id) AND household_id = \(bind: householdID)"
            ).first() != nil
        else { return false }
        try await sql.raw(
            """
            UPDATE plan_actions SET status = \(bind: status.rawValue), outcome = \(bind: outcome),
                updated_at = \(bind: Timestamp.format(now))
            WHERE id = \(bind: id)
            """
        ).run()
        return true
    }

    /// Whether a goal belongs to a household.
    public static func goalBelongs(_ goalID: String, householdID: String, in sql: any SQLDatabase) async throws -> Bool
    {
        try await sql.raw(
            "SELECT id FROM plan_goals WHERE id = \(bind: goalID) AND household_id = \(bind: householdID)"
        ).first() != nil
    }

    /// The partner organisations that may carry out actions in a département.
    public static func partners(
        departement: String,
        in sql: any SQLDatabase
    ) async throws -> [(id: String, name: String)] {
        try await sql.raw(
            """
            SELECT id, name, departement_codes FROM organisations
            WHERE active = \(bind: true) AND kind IN ('association', 'collectivite', 'entreprise', 'organisme_formation')
            ORDER BY name
            """
        ).all().compactMap { row -> (id: String, name: String)? in
            let codes = try row.decode(column: "departement_codes", as: String.self).split(separator: ",").map(
                String.init
            )
            guard codes.isEmpty || codes.contains(departement) else { return nil }
            return (try row.decode(column: "id", as: String.self), try row.decode(column: "name", as: String.self))
        }
    }
}
