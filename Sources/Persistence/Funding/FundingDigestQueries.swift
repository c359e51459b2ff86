import Domain
import SQLKit

/// Counts for the home page.
public enum FundingDigestQueries {
    /// Applications submitted or scored, awaiting a decision, in a région or a département (everywhere when both are
    /// nil).
    public static func awaitingDecision(
        regionCode: String?,
        departementCode: String?,
        in sql: any SQLDatabase
    )
        async throws -> Int
    {
        var query: SQLQueryString =
            "SELECT COUNT(*) AS n FROM funding_applications WHERE status IN ('deposee', 'instruite')"
        if let regionCode { query = query + " AND region_code = \(bind: regionCode)" }
        if let departementCode { query = query + " AND departement_code = \(bind: departementCode)" }
        return try await sql.raw(query).first()?.decode(column: "n", as: Int.self) ?? 0
    }
}
