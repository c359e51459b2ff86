import Domain
import Persistence
import SQLKit

extension ServiceEnvironment {
    /// Appends the audit event of a change to a record, in the caller's transaction; personal fields are masked.
    func audit(
        _ action: AuditAction,
        recordType: String,
        id: String,
        before: [String: String?],
        after: [String: String?],
        personalFields: Set<String> = [],
        actor: AccountSummary?,
        in sql: any SQLDatabase
    ) async throws {
        let entry = AuditEntry(
            actor: actor,
            action: action.rawValue,
            recordType: recordType,
            recordID: id,
            changes: AuditChange.diff(before: before, after: after, personalFields: personalFields)
        )
        try await AuditLog.append(entry, at: time.now(), in: sql, kind: database.kind)
    }

    /// Refuses anyone but an administrator; a nil actor is the command line, run by whoever operates the server.
    func requireAdministrator(_ actor: AccountSummary?) throws {
        if let actor, !AdministratorsOnly().admits(actor.role) { throw DomainError.forbidden }
    }
}
