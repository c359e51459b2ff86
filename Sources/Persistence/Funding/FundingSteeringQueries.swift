import Domain
import Foundation
import SQLKit

/// A committed grant as steering reads it: where, on which line, how much, its themes and its reports.
public struct SteeringGrant: Sendable {
    public let applicationID: String
    public let number: String
    public let title: String
    public let organisationName: String
    public let siret: String?
    public let regionCode: String
    public let departementCode: String
    public let lineDepartementCode: String
    public let action: BudgetAction
    public let subAction: SubAction
    public let callYear: Int
    public let tags: [ThematicTag]
    public let committed: Money
    public let paid: Money
    public let grantedYears: [Money]
    public let startsOn: CalendarDay?
    public let financialYearEnd: String
    /// Filed reports by year of the plan, with whether each is accepted.
    public var reports: [Int: Bool]
    public let peopleServed: Int?
}

/// SQL for the steering pages: committed grants of a territory, with their payments and reports.
public enum FundingSteeringQueries {
    /// The committed grants of the lines matching `filter` (the year of the award), or of every year when the
    /// filter has none.
    public static func grants(_ filter: LineFilter, in sql: any SQLDatabase) async throws -> [SteeringGrant] {
        let rows = try await sql.raw(
            """
            SELECT a.id, a.number, a.title, o.name AS organisation_name, a.siret, a.region_code, a.departement_code,
                l.departement_code AS line_departement, l.action, l.sub_action, l.year AS call_year, a.tags,
                m.amount_cents AS committed, a.granted_years, a.starts_on, a.fy_end, a.people_served,
                CAST(COALESCE((SELECT SUM(p.amount_cents) FROM funding_payments p WHERE p.commitment_id = m.id), 0)
                    AS BIGINT) AS paid
            FROM funding_commitments m JOIN funding_applications a ON a.id = m.application_id
            JOIN funding_lines l ON l.id = m.line_id JOIN organisations o ON o.id = a.organisation_id
            WHERE
            """ + " " + filter.clause("l") + " ORDER BY a.number"
        ).all()
        var grants: [SteeringGrant] = []
        grants.reserveCapacity(rows.count)
        var index: [String: Int] = [:]
        for row in rows {
            let years =
                try row.decode(column: "granted_years", as: String?.self)
                .map { try JSONDecoder().decode([Int].self, from: Data($0.utf8)).map(Money.init(cents:)) } ?? []
            let id = try row.decode(column: "id", as: String.self)
            index[id] = grants.count
            grants.append(
                SteeringGrant(
                    applicationID: id,
                    number: try row.decode(column: "number", as: String?.self) ?? "",
                    title: try row.decode(column: "title", as: String.self),
                    organisationName: try row.decode(column: "organisation_name", as: String.self),
                    siret: try row.decode(column: "siret", as: String?.self),
                    regionCode: try row.decode(column: "region_code", as: String.self),
                    departementCode: try row.decode(column: "departement_code", as: String.self),
                    lineDepartementCode: try row.decode(column: "line_departement", as: String.self),
                    action: try FundingColumns.value(BudgetAction.self, "action", row),
                    subAction: try FundingColumns.value(SubAction.self, "sub_action", row),
                    callYear: try row.decode(column: "call_year", as: Int.self),
                    tags: ThematicTag.list(try row.decode(column: "tags", as: String.self)),
                    committed: Money(cents: try row.decode(column: "committed", as: Int.self)),
                    paid: Money(cents: try row.decode(column: "paid", as: Int.self)),
                    grantedYears: years,
                    startsOn: try FundingColumns.day("starts_on", row),
                    financialYearEnd: try row.decode(column: "fy_end", as: String.self),
                    reports: [:],
                    peopleServed: try row.decode(column: "people_served", as: Int?.self)
                )
            )
        }
        for row in try await sql.raw(
            """
            SELECT r.application_id, r.plan_year, r.status FROM funding_reports r
            JOIN funding_commitments m ON m.application_id = r.application_id JOIN funding_lines l ON l.id = m.line_id
            WHERE
            """ + " " + filter.clause("l")
        ).all() {
            guard let position = index[try row.decode(column: "application_id", as: String.self)] else { continue }
            grants[position].reports[try row.decode(column: "plan_year", as: Int.self)] =
                try row.decode(column: "status", as: String.self) == "accepte"
        }
        return grants
    }
}
