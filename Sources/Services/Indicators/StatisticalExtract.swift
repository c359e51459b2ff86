import Domain
import Persistence

/// The weekly pseudonymised extract for the ministry's statistics service, once authorised and audited: one row per
/// person in support on its day, read from the database a page at a time as the rows are written out.
public struct StatisticalExtract: Sendable {
    /// The day whose persons in support the extract lists.
    public let day: CalendarDay
    /// How many persons were in support when the extract was started (and audited).
    public let rowCount: Int
    let pseudonymiser: Pseudonymiser
    let database: any Database
    let pageSize: Int

    /// Reads the rows in pages of persons ordered by identifier and hands each page's cells to `body`, which writes
    /// them out before the next page is read; returns how many rows it handed over.
    @discardableResult
    public func forEachPage(_ body: ([[String]]) async throws -> Void) async throws -> Int {
        var after = ""
        var written = 0
        while true {
            let (records, milestones) = try await database.read { sql in
                let records = try await StatisticalExtractQueries.page(
                    on: day,
                    after: after,
                    limit: pageSize,
                    in: sql
                )
                let households = Array(Set(records.map(\.householdID)))
                return (records, try await StatisticalExtractQueries.milestones(householdIDs: households, in: sql))
            }
            guard let last = records.last else { return written }
            try await body(records.map { cells($0, milestones: milestones[$0.householdID] ?? []) })
            written += records.count
            if records.count < pageSize { return written }
            after = last.personID
        }
    }
}
