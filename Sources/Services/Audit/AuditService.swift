import Domain
import Persistence

/// The data protection officer's use of the audit log, itself audited when events leave Parcours.
public struct AuditService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// The events matching a filter (scoped to the viewer by the caller), for a CSV export. The export is audited
    /// first, with its filter, so that it is recorded even if the file never arrives.
    public func export(_ filter: AuditFilter, actor: AccountSummary, limit: Int) async throws -> [StoredAuditEvent] {
        guard DataProtectionOfficerOnly().admits(actor.role) else { throw DomainError.forbidden }
        try await environment.database.write { sql in
            let entry = AuditEntry(
                actor: actor,
                action: AuditAction.auditExported.rawValue,
                recordType: "journal_audit",
                recordID: "export",
                changes: [
                    AuditChange("personne", before: nil, after: filter.personID.isEmpty ? nil : filter.personID),
                    AuditChange("compte", before: nil, after: filter.accountEmail.isEmpty ? nil : filter.accountEmail),
                    AuditChange("action", before: nil, after: filter.action.isEmpty ? nil : filter.action),
                    AuditChange("du", before: nil, after: filter.from.isEmpty ? nil : filter.from),
                    AuditChange("au", before: nil, after: filter.to.isEmpty ? nil : filter.to),
                ].filter { $0.after != nil }
            )
            try await environment.appendAudit(entry, in: sql)
        }
        return try await environment.database.read { sql in
            try await AuditRecords.search(filter, limit: limit, offset: 0, in: sql)
        }
    }
}
