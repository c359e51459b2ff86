import Crypto
import Domain
import Foundation
import Persistence
import SQLKit

/// The tamper-evident audit log: each event's hash is an HMAC-SHA256, under a key held outside the database, of its
/// content and of the previous event's hash. Signed checkpoints (`AuditCheckpoints`) catch removed newest events.
public enum AuditLog {
    /// The previous hash of the first event.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// Refused work: the audit log needs its key.
    public struct MissingKey: Error, CustomStringConvertible {
        public var description: String { "La clé du journal d'audit n'est pas configurée." }
    }

    /// Appends the one event of a page that showed several people's data, listing them in its changes and indexing
    /// it under each, so that a search by person finds it: one event per read, however many people it showed.
    public static func appendRead(
        _ entry: AuditEntry,
        persons: [String],
        at now: Date,
        in sql: any SQLDatabase,
        kind: DatabaseKind,
        key: AuditKey
    ) async throws {
        let listed = AuditEntry(
            actor: entry.actor,
            action: entry.action,
            recordType: entry.recordType,
            recordID: entry.recordID,
            personID: entry.personID,
            changes: entry.changes + [AuditChange("personnes", before: nil, after: persons.joined(separator: " "))]
        )
        let seq = try await append(listed, at: now, in: sql, kind: kind, key: key)
        try await AuditRecords.index(seq: seq, persons: persons.filter { $0 != entry.personID }, in: sql)
    }

    /// Appends an event inside the caller's transaction, so it is written if and only if the change is; returns its
    /// sequence number.
    @discardableResult
    public static func append(
        _ entry: AuditEntry,
        at now: Date,
        in sql: any SQLDatabase,
        kind: DatabaseKind,
        key: AuditKey
    ) async throws -> Int {
        try await AuditRecords.lockChain(in: sql, kind: kind)
        let last = try await AuditRecords.last(in: sql)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let changes = String(decoding: try encoder.encode(entry.changes), as: UTF8.self)
        var event = StoredAuditEvent(
            seq: (last?.seq ?? 0) + 1,
            occurredAt: Timestamp.format(now),
            accountID: entry.actor?.id,
            accountEmail: entry.actor?.email,
            organisationID: entry.actor?.organisationID,
            role: entry.actor?.role.rawValue,
            action: entry.action,
            recordType: entry.recordType,
            recordID: entry.recordID,
            personID: entry.personID,
            changes: changes,
            previousHash: last?.hash ?? genesisHash,
            hash: "",
            requestID: RequestCorrelation.id
        )
        event = event.withHash(hash(of: event, key: key))
        try await AuditRecords.insert(event, in: sql)
        return event.seq
    }

    /// The hash an event must carry: HMAC-SHA256 of its fields and the previous hash, separated by unit separators.
    public static func hash(of event: StoredAuditEvent, key: AuditKey) -> String {
        key.mac(canonical(event))
    }

    /// The hash events carried before the chain was keyed: SHA-256 of the same fields. Only the events sealed by
    /// the `legacy` checkpoint may carry it.
    static func legacyHash(of event: StoredAuditEvent) -> String {
        TokenHash.of(canonical(event))
    }

    static func canonical(_ event: StoredAuditEvent) -> String {
        let fields: [String?] = [
            String(event.seq), event.occurredAt, event.accountID, event.accountEmail, event.organisationID, event.role,
            event.action, event.recordType, event.recordID, event.personID, event.changes, event.previousHash,
        ]
        return fields.map { $0 ?? "" }.joined(separator: "\u{1F}")
    }
}

extension StoredAuditEvent {
    /// The same event carrying `hash`.
    func withHash(_ hash: String) -> StoredAuditEvent { relinked(to: previousHash, hash: hash) }

    /// The same event pointing at `previousHash` and carrying `hash`.
    func relinked(to previousHash: String, hash: String = "") -> StoredAuditEvent {
        StoredAuditEvent(
            seq: seq,
            occurredAt: occurredAt,
            accountID: accountID,
            accountEmail: accountEmail,
            organisationID: organisationID,
            role: role,
            action: action,
            recordType: recordType,
            recordID: recordID,
            personID: personID,
            changes: changes,
            previousHash: previousHash,
            hash: hash,
            requestID: requestID
        )
    }
}
