import Domain
import Foundation
import Persistence

extension AuditLog {
    /// The outcome of walking the chain.
    public enum Verification: Sendable, Equatable {
        /// Every event links to the previous one, carries the right hash, and every signed checkpoint is matched.
        case intact(events: Int)
        /// The first event that does not match: its sequence number and why.
        case broken(seq: Int, reason: String)
    }

    /// Walks the whole chain in order, a thousand events at a time, and names the first broken link: an event
    /// edited or removed, a hash recomputed without the key, or fewer events than a signed checkpoint attests.
    /// `externalCheckpoints` are those read from the file kept outside the database.
    public static func verify(
        database: any Database,
        key: AuditKey,
        externalCheckpoints: [StoredAuditCheckpoint] = []
    ) async throws -> Verification {
        let checkpoints =
            try await database.read { try await AuditCheckpointRecords.all(in: $0) } + externalCheckpoints
        if let forged = checkpoints.first(where: { !AuditCheckpoints.isSigned($0, key: key) }) {
            return .broken(
                seq: forged.eventCount,
                reason: "un point de contrôle (\(forged.eventCount) événements) ne porte pas une signature valide"
            )
        }
        let legacyEnd = checkpoints.filter { $0.kind == AuditCheckpoints.legacy }.map(\.eventCount).max() ?? 0
        let attested = Dictionary(grouping: checkpoints, by: \.eventCount)
        var previousHash = genesisHash
        var expectedSeq = 1
        while true {
            let page = try await database.read {
                try await AuditRecords.chain(after: expectedSeq - 1, limit: 1000, in: $0)
            }
            if page.isEmpty { break }
            for event in page {
                if event.seq != expectedSeq {
                    return .broken(seq: expectedSeq, reason: "l'événement n° \(expectedSeq) manque (supprimé ?)")
                }
                if event.previousHash != previousHash {
                    return .broken(seq: event.seq, reason: "il ne pointe pas vers l'empreinte de l'événement précédent")
                }
                let expected = event.seq <= legacyEnd ? legacyHash(of: event) : hash(of: event, key: key)
                if !AuditKey.same(expected, event.hash) {
                    return .broken(seq: event.seq, reason: "son contenu ne correspond plus à son empreinte (modifié ?)")
                }
                if let checkpoint = attested[event.seq]?.first(where: { $0.headHash != event.hash }) {
                    return .broken(
                        seq: event.seq,
                        reason: "il diffère de l'événement attesté par le point de contrôle signé du "
                            + checkpoint.createdAt
                    )
                }
                previousHash = event.hash
                expectedSeq += 1
            }
        }
        let total = expectedSeq - 1
        if let furthest = checkpoints.max(by: { $0.eventCount < $1.eventCount }), furthest.eventCount > total {
            return .broken(
                seq: total + 1,
                reason:
                    "le point de contrôle signé du \(furthest.createdAt) atteste \(furthest.eventCount) événements, "
                    + "il n'en reste que \(total) (journal tronqué)"
            )
        }
        return .intact(events: total)
    }

    /// Seals the unkeyed chain an earlier version wrote, once, when the key is first used: if every event still
    /// verifies under the unkeyed hash, a signed `legacy` checkpoint records how many there are and the last hash,
    /// and keyed events continue the chain from there. Returns how many events were sealed (nil when none were:
    /// no events, already sealed, already keyed, or a chain that no longer verifies, which `verify` then reports).
    @discardableResult
    public static func sealLegacyChain(environment: ServiceEnvironment) async throws -> Int? {
        let key = try environment.requireAuditKey()
        let now = environment.time.now()
        let sealed: StoredAuditCheckpoint? = try await environment.database.write { sql -> StoredAuditCheckpoint? in
            try await AuditRecords.lockChain(in: sql, kind: environment.database.kind)
            let existing = try await AuditCheckpointRecords.all(in: sql)
            guard !existing.contains(where: { $0.kind == AuditCheckpoints.legacy }) else { return nil }
            var previousHash = genesisHash
            var count = 0
            while true {
                let page = try await AuditRecords.chain(after: count, limit: 1000, in: sql)
                if page.isEmpty { break }
                for event in page {
                    guard event.seq == count + 1, event.previousHash == previousHash,
                        legacyHash(of: event) == event.hash
                    else { return nil }
                    previousHash = event.hash
                    count += 1
                }
            }
            guard count > 0 else { return nil }
            let checkpoint = AuditCheckpoints.make(
                kind: AuditCheckpoints.legacy,
                count: count,
                head: previousHash,
                at: now,
                key: key
            )
            try await AuditCheckpointRecords.insert(checkpoint, in: sql)
            let entry = AuditEntry(
                actor: nil,
                action: AuditAction.auditSealed.rawValue,
                recordType: "journal_audit",
                recordID: String(count),
                changes: [AuditChange("evenements_scelles", before: nil, after: String(count))]
            )
            try await environment.appendAudit(entry, in: sql)
            return checkpoint
        }
        guard let sealed else { return nil }
        if let file = environment.security.auditCheckpointFile { try AuditCheckpoints.append(sealed, toFile: file) }
        return sealed.eventCount
    }
}
