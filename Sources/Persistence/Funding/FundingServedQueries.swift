import Domain
import SQLKit

/// The people an organisation served during a period as Parcours knows them: the persons enrolled in its language
/// courses running then, the AGIR households they belong to, and the CIR signatories among them. Counts only.
public struct ServedCounts: Sendable, Equatable {
    public let persons: Int
    public let households: Int
    public let cirSignatories: Int
}

/// SQL for the counts of people served.
public enum FundingServedQueries {
    /// The counts for an organisation's courses overlapping `from`…`to` (enrolled or finished places).
    public static func counts(
        organisationID: String,
        from: CalendarDay,
        to: CalendarDay,
        in sql: any SQLDatabase
    ) async throws -> ServedCounts {
        let row = try await sql.raw(
            """
            SELECT COUNT(DISTINCT e.person_id) AS persons, COUNT(DISTINCT p.household_id) AS households,
                COUNT(DISTINCT CASE WHEN p.cir_signed_on IS NOT NULL OR r.person_id IS NOT NULL THEN e.person_id END)
                    AS cir
            FROM course_enrolments e JOIN courses c ON c.id = e.course_id JOIN persons p ON p.id = e.person_id
            LEFT JOIN cir_records r ON r.person_id = p.id
            WHERE c.organisation_id = \(bind: organisationID) AND e.status IN ('inscrit', 'termine')
              AND c.starts_on <= \(bind: to.iso) AND c.ends_on >= \(bind: from.iso)
            """
        ).first()
        return ServedCounts(
            persons: try row?.decode(column: "persons", as: Int.self) ?? 0,
            households: try row?.decode(column: "households", as: Int.self) ?? 0,
            cirSignatories: try row?.decode(column: "cir", as: Int.self) ?? 0
        )
    }
}
