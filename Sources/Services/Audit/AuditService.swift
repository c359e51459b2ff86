import Domain
import Persistence

/// The data protection officer's reading of the audit log: a search page by page, and an export of every matching
/// event streamed a page at a time, so that a log of millions of events goes out whole in flat memory; the export is
/// itself audited.
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

    /// Audits the export of the events matching the filter (with the filter, so that it is recorded even if the file
    /// never arrives) and returns it, ready to be read a page at a time.
    public func export(_ filter: AuditFilter, viewer: AccountSummary) async throws -> AuditExport {
        let filter = try Self.scoped(filter, viewer: viewer)
        try await environment.database.write { sql in
            let entry = AuditEntry(
                actor: viewer,
                action: AuditAction.auditExported.rawValue,
                recordType: "journal_audit",
                recordID: "export",
                changes: [
                    AuditChange("nom", before: nil, after: filter.personName.isEmpty ? nil : filter.personName),
                    AuditChange("personne", before: nil, after: filter.personID.isEmpty ? nil : filter.personID),
                    AuditChange("compte", before: nil, after: filter.accountEmail.isEmpty ? nil : filter.accountEmail),
                    AuditChange("action", before: nil, after: filter.action.isEmpty ? nil : filter.action),
                    AuditChange("du", before: nil, after: filter.from.isEmpty ? nil : filter.from),
                    AuditChange("au", before: nil, after: filter.to.isEmpty ? nil : filter.to),
                ].filter { $0.after != nil }
            )
            try await environment.appendAudit(entry, in: sql)
        }
        return AuditExport(filter: filter, database: environment.database)
    }

    /// Audits the export, then hands every matching event to `page`, oldest first; returns how many there were.
    @discardableResult
    public func export(
        _ filter: AuditFilter,
        viewer: AccountSummary,
        page: ([StoredAuditEvent]) async throws -> Void
    ) async throws -> Int {
        try await export(filter, viewer: viewer).stream(page)
    }
}

/// An audited export of the log: every event of its filter, read a page at a time so that memory stays flat.
public struct AuditExport: Sendable {
    let filter: AuditFilter
    let database: any Database

    /// Hands every event to `page`, oldest first, `AuditService.exportPageSize` at a time; returns how many there were.
    @discardableResult
    public func stream(_ page: ([StoredAuditEvent]) async throws -> Void) async throws -> Int {
        var after = 0
        var count = 0
        while true {
            let events = try await database.read {
                try await AuditRecords.page(filter, after: after, limit: AuditService.exportPageSize, in: $0)
            }
            guard let last = events.last else { return count }
            try await page(events)
            count += events.count
            after = last.seq
        }
    }
}
