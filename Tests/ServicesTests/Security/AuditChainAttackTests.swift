import Domain
import Foundation
import Persistence
import TestSupport
import Testing

@testable import Services

/// The two attacks a hash chain without a key misses: removing the tail, and editing then recomputing.
@Suite("Journal d'audit : troncature et recalcul")
struct AuditChainAttackTests {
    /// The demo, the administrator's login and 30 organisations created: 32 events.
    func withThirtyChanges(_ body: (ServiceEnvironment) async throws -> Void) async throws {
        try await TestEnvironment.withDemo { environment, _ in
            try await AuditCheckpointTests.changes(environment, count: 30)
            try await body(environment)
        }
    }

    static func eventCount(_ environment: ServiceEnvironment) async throws -> Int {
        try await environment.database.read { try await AuditRecords.count(AuditFilter(), in: $0) }
    }

    @Test func deletingTheLastTwentyEventsIsDetected() async throws {
        try await withThirtyChanges { environment in
            let total = try await Self.eventCount(environment)
            // What a running server writes every minute: a checkpoint signed with the key.
            try await environment.writeAuditCheckpoint()
            try await environment.database.write { sql in
                try await sql.raw("DELETE FROM audit_events WHERE seq > \(bind: total - 20)").run()
            }
            let verification = try await environment.verifyAuditLog()
            guard case .broken(let seq, _) = verification else {
                Issue.record("truncation not detected: \(verification)")
                return
            }
            #expect(seq == total - 19)
        }
    }

    @Test func editingOneEventAndRecomputingTheFollowingHashesIsDetected() async throws {
        try await withThirtyChanges { environment in
            let total = try await Self.eventCount(environment)
            let edited = 10
            // The attacker edits one event, then recomputes every hash after it as the verifier would.
            try await environment.database.write { sql in
                try await sql.raw(
                    "UPDATE audit_events SET account_email = 'quelqu-un@exemple.fr' WHERE seq = \(bind: edited)"
                ).run()
                var previous = try await AuditRecords.chain(after: edited - 2, limit: 1, in: sql).first?.hash ?? ""
                for event in try await AuditRecords.chain(after: edited - 1, limit: total, in: sql) {
                    let relinked = event.relinked(to: previous)
                    let hash = Self.unkeyedHash(of: relinked)
                    try await sql.raw(
                        """
                        UPDATE audit_events SET previous_hash = \(bind: previous), hash = \(bind: hash)
                        WHERE seq = \(bind: event.seq)
                        """
                    ).run()
                    previous = hash
                }
            }
            let verification = try await environment.verifyAuditLog()
            guard case .broken(let seq, _) = verification else {
                Issue.record("recomputation not detected: \(verification)")
                return
            }
            #expect(seq == edited)
        }
    }

    /// What an attacker without the key can compute: SHA-256 of the fields, as the unkeyed chain did.
    static func unkeyedHash(of event: StoredAuditEvent) -> String { AuditLog.legacyHash(of: event) }
}
