import Domain
import SQLKit

extension EventRecords {
    /// The published events of a département that have not ended before `day`, soonest first, of any edition: what
    /// a person followed there may go to.
    public static func upcomingPublished(
        departement: String,
        from day: CalendarDay,
        limit: Int,
        in sql: any SQLDatabase
    ) async throws -> [EventSummary] {
        try await summaries(
            summarySelect
                + " WHERE e.departement_code = \(bind: departement) AND e.state = 'publie'"
                + " AND e.end_day >= \(bind: day.iso) ORDER BY e.starts_at, e.id LIMIT \(bind: limit)",
            in: sql
        )
    }
}
