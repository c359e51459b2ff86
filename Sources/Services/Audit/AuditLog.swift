import Crypto
import Domain
import Foundation
import Persistence
import SQLKit

/// The tamper-evident audit log: each event's hash covers its content and the previous event's hash.
public enum AuditLog {
    /// The previous hash of the first event.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// Appends the one event of a page that showed several people's data, listing them in its changes and indexing
    /// it under each, so that a search by person finds it: one event per read, however many people it showed.
    public static func appendRead(
        _ entry: AuditEntry,
        persons: [String],
        at now: Date,
        in sql: any SQLDatabase,
        kind: DatabaseKind
    ) async throws {
        let listed = AuditEntry(
            actor: entry.actor,
            action: entry.action,
            recordType: entry.recordType,
            recordID: entry.recordID,
            personID: entry.personID,
            changes: entry.changes + [AuditChange("personnes", before: nil, after: persons.joined(separator: " "))]
        )
        let seq = try await append(listed, at: now, in: sql, kind: kind)
        try await AuditRecords.index(seq: seq, persons: persons.filter { $0 != entry.personID }, in: sql)
    }

    /// Appends an event inside the caller's transaction, so it is written if and only if the change is; returns its
    /// sequence number.
    @discardableResult
    public static func append(
        _ entry: AuditEntry,
        at now: Date,
        in sql: any SQLDatabase,
        kind: DatabaseKind
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
            hash: ""
        )
        event = event.withHash(hash(of: event))
        try await AuditRecords.insert(event, in: sql)
        return event.seq
    }

    /// The hash an event must carry: SHA-256 of its fields and the previous hash, separated by unit separators.
    public static func hash(of event: StoredAuditEvent) -> String {
        let fields: [String?] = [
            String(event.seq), event.occurredAt, event.accountID, event.accountEmail, event.organisationID, event.role,
            event.action, event.recordType, event.recordID, event.personID, event.changes, event.previousHash,
        ]
        let canonical = fields.map { $0 ?? "" }.joined(separator: "\u{1F}")
        return TokenHash.of(canonical)
    }

    /// The outcome of walking the chain.
    public enum Verification: Sendable, Equatable {
        /// Every event links to the previous one and carries the right hash.
        case intact(events: Int)
        /// The first event that does not match: its sequence number and why.
        case broken(seq: Int, reason: String)
    }

    /// Walks the whole chain in order, a thousand events at a time, and names the first broken link.
    public static func verify(database: any Database) async throws -> Verification {
        var previousHash = genesisHash
        var expectedSeq = 1
        while true {
            let page = try await database.read {
                try await AuditRecords.chain(after: expectedSeq - 1, limit: 1000, in: $0)
            }
            if page.isEmpty { return .intact(events: expectedSeq - 1) }
            for event in page {
                if event.seq != expectedSeq {
                    return .broken(seq: expectedSeq, reason: "l'événement n° \(expectedSeq) manque (supprimé ?)")
                }
                if event.previousHash != previousHash {
                    return .broken(seq: event.seq, reason: "il ne pointe pas vers l'empreinte de l'événement précédent")
                }
                if hash(of: event) != event.hash {
                    return .broken(seq: event.seq, reason: "son contenu ne correspond plus à son empreinte (modifié ?)")
                }
                previousHash = event.hash
                expectedSeq += 1
            }
        }
    }
}

extension StoredAuditEvent {
    /// The same event carrying `hash`.
    func withHash(_ hash: String) -> StoredAuditEvent {
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
            hash: hash
        )
    }
}
