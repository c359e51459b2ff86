import Domain
import Persistence

/// The data protection officer's reading of the audit log: a search page by page, and an export of every matching
/// event streamed a page at a time, so that a log of millions of events goes out whole in flat memory.
public struct AuditService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// How many events an export reads at a time.
    public static let exportPageSize = 1_000

    /// The filter within the viewer's reach: a data protection officer with a national scope sees every event, any
    /// other the events of their own organisation's accounts; days are read in the viewer's legal time.
    public static func scoped(_ filter: AuditFilter, viewer: AccountSummary) throws -> AuditFilter {
        guard DataProtectionOfficerOnly().admits(viewer.role) else { throw DomainError.forbidden }
        var filter = filter
        filter.organisationID = viewer.scope == .nation ? nil : viewer.organisationID
        filter.zone = LocalTime.of(viewer)
        return filter
    }

    /// One page of the events matching the filter, newest first, and how many match in all.
    public func search(
        _ filter: AuditFilter,
        viewer: AccountSummary,
        page: Int,
        size: Int
    ) async throws -> (events: [StoredAuditEvent], total: Int, page: Int) {
        let filter = try Self.scoped(filter, viewer: viewer)
        return try await environment.database.read { sql in
            let total = try await AuditRecords.count(filter, in: sql)
            // Past the last page (the log was filtered down since the link was made): the last one.
            let last = max(1, (total + size - 1) / size)
            let number = min(max(1, page), last)
            let events = try await AuditRecords.search(filter, limit: size, offset: (number - 1) * size, in: sql)
            return (events, total, number)
        }
    }

    /// Hands every event matching the filter to `page`, oldest first, a page at a time; returns how many there were.
    @discardableResult
    public func export(
        _ filter: AuditFilter,
        viewer: AccountSummary,
        page: ([StoredAuditEvent]) async throws -> Void
    ) async throws -> Int {
        let filter = try Self.scoped(filter, viewer: viewer)
        var after = 0
        var count = 0
        while true {
            let events = try await environment.database.read {
                try await AuditRecords.page(filter, after: after, limit: Self.exportPageSize, in: $0)
            }
            guard let last = events.last else { return count }
            try await page(events)
            count += events.count
            after = last.seq
        }
    }
}
