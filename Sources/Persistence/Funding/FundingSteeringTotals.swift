import Domain
import SQLKit

/// Committed grants summed by région of the applicant, action and set of themes: everything the steering figures add
/// up (by theme, the 70 % rule per envelope, cost per person) without reading each grant.
public struct SteeringTotals: Sendable {
    public let regionCode: String
    public let action: BudgetAction
    public let tags: [ThematicTag]
    public let grants: Int
    public let committed: Money
    /// Σ committed on the grants with a filed report that declares people served, and Σ those people.
    public let reportedCommitted: Money
    public let reportedPeople: Int
}

extension FundingSteeringQueries {
    /// The committed grants of the lines matching `filter`, summed by région, action and themes.
    public static func totals(_ filter: LineFilter, in sql: any SQLDatabase) async throws -> [SteeringTotals] {
        let reported: SQLQueryString = """
            a.people_served > 0 AND EXISTS (SELECT 1 FROM funding_reports r WHERE r.application_id = a.id)
            """
        return try await sql.raw(
            """
            SELECT a.region_code, l.action, a.tags, COUNT(*) AS grants,
                CAST(SUM(m.amount_cents) AS BIGINT) AS committed,
                CAST(SUM(CASE WHEN \(reported) THEN m.amount_cents ELSE 0 END) AS BIGINT) AS reported_committed,
                CAST(SUM(CASE WHEN \(reported) THEN a.people_served ELSE 0 END) AS BIGINT) AS reported_people
            FROM funding_commitments m JOIN funding_applications a ON a.id = m.application_id
            JOIN funding_lines l ON l.id = m.line_id
            WHERE
            """ + " " + filter.clause("l") + " GROUP BY a.region_code, l.action, a.tags"
        ).all().map { row in
            SteeringTotals(
                regionCode: try row.decode(column: "region_code", as: String.self),
                action: try FundingColumns.value(BudgetAction.self, "action", row),
                tags: ThematicTag.list(try row.decode(column: "tags", as: String.self)),
                grants: try row.decode(column: "grants", as: Int.self),
                committed: Money(cents: try row.decode(column: "committed", as: Int.self)),
                reportedCommitted: Money(cents: try row.decode(column: "reported_committed", as: Int.self)),
                reportedPeople: try row.decode(column: "reported_people", as: Int.self)
            )
        }
    }
}
