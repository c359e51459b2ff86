import Domain
import Foundation
import SQLKit

/// A committed grant that still lacks the report of at least one year of its plan.
public struct GrantAwaitingReports: Sendable {
    public let applicationID: String
    public let number: String
    public let organisationName: String
    public let departementCode: String
    public let planYears: Int
    public let startsOn: CalendarDay?
    public let financialYearEnd: String
    /// The plan years whose report is filed.
    public var filedYears: Set<Int>
}

extension FundingSteeringQueries {
    /// The committed grants of the lines matching `filter` that lack a report and started before `startedBefore`:
    /// a report falls due six months after the end of a financial year, so no grant started since can be late.
    public static func awaitingReports(
        _ filter: LineFilter,
        startedBefore: CalendarDay,
        in sql: any SQLDatabase
    ) async throws -> [GrantAwaitingReports] {
        // granted_years is a JSON array of amounts, one per year: its years are its commas plus one, counted in SQL
        // rather than by decoding thousands of arrays.
        let planYears: SQLQueryString = "LENGTH(a.granted_years) - LENGTH(REPLACE(a.granted_years, ',', '')) + 1"
        let filed: SQLQueryString = "(SELECT COUNT(*) FROM funding_reports r WHERE r.application_id = a.id)"
        let rows = try await sql.raw(
            """
            SELECT a.id, a.number, o.name AS organisation_name, a.departement_code, a.starts_on, a.fy_end,
                \(planYears) AS plan_years, \(filed) AS filed
            FROM funding_commitments m JOIN funding_applications a ON a.id = m.application_id
            JOIN funding_lines l ON l.id = m.line_id JOIN organisations o ON o.id = a.organisation_id
            WHERE a.starts_on < \(bind: startedBefore.iso) AND
            """ + " " + filter.clause("l")
                + """
                 AND \(filed) < \(planYears)
                ORDER BY a.number
                """
        ).all()
        var grants: [GrantAwaitingReports] = []
        var partial: [String] = []
        for row in rows {
            let id = try row.decode(column: "id", as: String.self)
            if try row.decode(column: "filed", as: Int.self) > 0 { partial.append(id) }
            grants.append(
                GrantAwaitingReports(
                    applicationID: id,
                    number: try row.decode(column: "number", as: String?.self) ?? "",
                    organisationName: try row.decode(column: "organisation_name", as: String.self),
                    departementCode: try row.decode(column: "departement_code", as: String.self),
                    planYears: try row.decode(column: "plan_years", as: Int.self),
                    startsOn: try FundingColumns.day("starts_on", row),
                    financialYearEnd: try row.decode(column: "fy_end", as: String.self),
                    filedYears: []
                )
            )
        }
        guard !partial.isEmpty else { return grants }
        // Only multi-year grants with some reports filed need to know which.
        var filedYears: [String: Set<Int>] = [:]
        for chunk in stride(from: 0, to: partial.count, by: 500).map({
            Array(partial[$0..<min($0 + 500, partial.count)])
        }) {
            for row in try await sql.raw(
                "SELECT application_id, plan_year FROM funding_reports WHERE application_id IN (\(binds: chunk))"
            ).all() {
                filedYears[try row.decode(column: "application_id", as: String.self), default: []].insert(
                    try row.decode(column: "plan_year", as: Int.self)
                )
            }
        }
        for index in grants.indices {
            grants[index].filedYears = filedYears[grants[index].applicationID] ?? []
        }
        return grants
    }
}
