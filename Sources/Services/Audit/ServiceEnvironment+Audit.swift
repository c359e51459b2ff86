import Domain
import Foundation
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
        try await appendAudit(entry, in: sql)
    }

    /// Appends an event to the keyed audit chain in the caller's transaction, at `now` (the clock's by default).
    public func appendAudit(_ entry: AuditEntry, at now: Date? = nil, in sql: any SQLDatabase) async throws {
        try await AuditLog.append(
            entry,
            at: now ?? time.now(),
            in: sql,
            kind: database.kind,
            key: try requireAuditKey()
        )
    }

    /// Appends the one event of a page that showed several people's data, indexed under each of them
    /// (`AuditLog.appendRead`), in the caller's transaction.
    public func appendAuditRead(_ entry: AuditEntry, persons: [String], in sql: any SQLDatabase) async throws {
        try await AuditLog.appendRead(
            entry,
            persons: persons,
            at: time.now(),
            in: sql,
            kind: database.kind,
            key: try requireAuditKey()
        )
    }

    /// Verifies the chain against the checkpoints in the database and in the checkpoint file.
    public func verifyAuditLog() async throws -> AuditLog.Verification {
        try await AuditLog.verify(
            database: database,
            key: try requireAuditKey(),
            externalCheckpoints: try AuditCheckpoints.read(file: security.auditCheckpointFile)
        )
    }

    /// Refuses anyone but an administrator; a nil actor is the command line, run by whoever operates the server.
    func requireAdministrator(_ actor: AccountSummary?) throws {
        if let actor, !AdministratorsOnly().admits(actor.role) { throw DomainError.forbidden }
    }
}
