import Domain
import SQLKit

/// The funding figures of the indicators, per département: AE committed on action-12 grants of its UO lines (and of
/// those on emploi or langue), and grants awarded, in a period.
public enum FundingIndicatorQueries {
    /// The figures per département code.
    public static func figures(
        from: CalendarDay,
        to: CalendarDay,
        in sql: any SQLDatabase
    ) async throws -> [String: (committed: Int, employmentOrLanguage: Int, awarded: Int)] {
        var result: [String: (committed: Int, employmentOrLanguage: Int, awarded: Int)] = [:]
        for row in try await sql.raw(
            """
            SELECT l.departement_code, a.tags, CAST(SUM(m.amount_cents) AS BIGINT) AS total
            FROM funding_commitments m JOIN funding_lines l ON l.id = m.line_id
            JOIN funding_applications a ON a.id = m.application_id
            WHERE l.action = '12' AND l.departement_code <> '' AND m.committed_on >= \(bind: from.iso)
              AND m.committed_on <= \(bind: to.iso)
            GROUP BY l.departement_code, a.tags
            """
        ).all() {
            let code = try row.decode(column: "departement_code", as: String.self)
            let total = try row.decode(column: "total", as: Int.self)
            let tags = ThematicTag.list(try row.decode(column: "tags", as: String.self))
            var entry = result[code] ?? (0, 0, 0)
            entry.committed += total
            if SeventyPercentRule.counts(tags) { entry.employmentOrLanguage += total }
            result[code] = entry
        }
        for row in try await sql.raw(
            """
            SELECT departement_code, COUNT(*) AS n FROM funding_applications
            WHERE status = 'accordee' AND departement_code <> '' AND decided_on >= \(bind: from.iso)
              AND decided_on <= \(bind: to.iso)
            GROUP BY departement_code
            """
        ).all() {
            let code = try row.decode(column: "departement_code", as: String.self)
            var entry = result[code] ?? (0, 0, 0)
            entry.awarded = try row.decode(column: "n", as: Int.self)
            result[code] = entry
        }
        return result
    }
}
