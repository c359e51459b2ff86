import Domain
import SQLKit

/// The "to act on" lists of a caseworker's or manager's home page, each selected and counted in SQL within the
/// viewer's reach, so that the page never loads every household of an organisation.
public enum CaseloadDigestQueries {
    /// The households in support (the viewer's own when `mine`) meeting `condition`: the first `limit` in `order`,
    /// and how many meet it in all.
    public static func households(
        viewer: AccountSummary,
        mine: Bool,
        where condition: SQLQueryString,
        order: SQLQueryString,
        limit: Int,
        in sql: any SQLDatabase
    ) async throws -> (households: [HouseholdSummary], total: Int) {
        var criteria = HouseholdCriteria()
        criteria.mine = mine
        criteria.stage = HouseholdStage.inSupport.rawValue
        let filter = HouseholdQueries.conditions(viewer: viewer, criteria: criteria) + " AND " + condition
        let total =
            try await sql.raw("SELECT COUNT(*) AS n FROM households h WHERE " + filter).first()?
            .decode(column: "n", as: Int.self) ?? 0
        guard total > 0 else { return ([], 0) }
        let rows = try await sql.raw(
            HouseholdQueries.select + " WHERE " + filter + " ORDER BY " + order + " LIMIT \(literal: limit)"
        ).all()
        return (try rows.map(HouseholdQueries.summary), total)
    }

    /// Open plan actions due before `day` of those households, earliest first: the first `limit` with their
    /// household, and how many there are.
    public static func overdueActions(
        viewer: AccountSummary,
        mine: Bool,
        before day: CalendarDay,
        limit: Int,
        in sql: any SQLDatabase
    ) async throws -> (actions: [(household: HouseholdSummary, action: PlanAction)], total: Int) {
        var criteria = HouseholdCriteria()
        criteria.mine = mine
        criteria.stage = HouseholdStage.inSupport.rawValue
        let open = SQLList([ActionStatus.todo, .inProgress].map { SQLLiteral.string($0.rawValue) })
        let filter =
            HouseholdQueries.conditions(viewer: viewer, criteria: criteria)
            + " AND a.status IN (\(open)) AND a.due_on < \(bind: day.iso)"
        let total =
            try await sql.raw(
                "SELECT COUNT(*) AS n FROM plan_actions a JOIN households h ON h.id = a.household_id WHERE " + filter
            ).first()?.decode(column: "n", as: Int.self) ?? 0
        guard total > 0 else { return ([], 0) }
        let rows = try await sql.raw(
            """
            SELECT h.id, h.departement_code, h.stage, p.document_names, p.birth_year, p.cir_signed_on,
                   h.welcome_interview_on, h.contract_signed_on,
                   cw.display_name AS caseworker_name, h.caseworker_account_id, h.referral_date,
                   a.id AS action_id, a.goal_id, a.description, a.actor, a.due_on, a.status AS action_status,
                   a.outcome, o.name AS partner_name
            FROM plan_actions a
            JOIN households h ON h.id = a.household_id
            JOIN persons p ON p.household_id = h.id AND p.is_reference = \(bind: true)
            LEFT JOIN accounts cw ON cw.id = h.caseworker_account_id
            LEFT JOIN organisations o ON o.id = a.partner_organisation_id
            WHERE
            """ + " " + filter + " ORDER BY a.due_on, a.id LIMIT \(literal: limit)"
        ).all()
        let actions = try rows.map { row in
            let household = try HouseholdQueries.summary(row)
            let action = PlanAction(
                id: try row.decode(column: "action_id", as: String.self),
                goalID: try row.decode(column: "goal_id", as: String.self),
                householdID: household.id,
                description: try row.decode(column: "description", as: String.self),
                actor: try row.decode(column: "actor", as: String.self),
                partnerName: try row.decode(column: "partner_name", as: String?.self),
                due: try row.decode(column: "due_on", as: String?.self).flatMap(CalendarDay.init(iso:)),
                status: try StoredValue.decode(ActionStatus.self, column: "action_status", in: row),
                outcome: try row.decode(column: "outcome", as: String.self)
            )
            return (household, action)
        }
        return (actions, total)
    }
}
