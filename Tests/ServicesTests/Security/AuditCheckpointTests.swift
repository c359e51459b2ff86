import Domain
import Foundation
import Persistence
import TestSupport
import Testing

@testable import Services

/// Checkpoints signed with the key: in the database and in a file outside it; and chains from before the key.
@Suite("Journal d'audit : points de contrôle et clé")
struct AuditCheckpointTests {
    static func temporaryFile() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("parcours-points-\(UUID().uuidString).log").path
    }

    static func changes(_ environment: ServiceEnvironment, count: Int) async throws {
        let admin = try await TestEnvironment.signIn(.admin, environment)
        let organisations = OrganisationService(environment: environment)
        for index in 0..<count {
            _ = try await organisations.create(
                OrganisationInput(
                    name: "Association \(index)",
                    kind: "association",
                    siret: "",
                    rna: "",
                    departementCodes: ["69"]
                ),
                actor: admin
            )
        }
    }

    @Test func deletingEventsAndTheDatabaseCheckpointsIsCaughtByTheFile() async throws {
        try await TestEnvironment.withDemo { base, _ in
            var security = base.security
            let file = Self.temporaryFile()
            defer { try? FileManager.default.removeItem(atPath: file) }
            security.auditCheckpointFile = file
            let environment = ServiceEnvironment(
                database: base.database,
                time: base.time,
                ids: base.ids,
                security: security
            )
            try await Self.changes(environment, count: 25)
            let checkpoint = try #require(try await environment.writeAuditCheckpoint())
            #expect(try String(contentsOfFile: file, encoding: .utf8).contains(checkpoint.signature))
            #expect(try await environment.writeAuditCheckpoint() == nil)
            try await environment.database.write { sql in
                try await sql.raw("DELETE FROM audit_events WHERE seq > \(bind: checkpoint.eventCount - 20)").run()
                try await sql.raw("DELETE FROM audit_checkpoints").run()
            }
            guard case .broken(let seq, let reason) = try await environment.verifyAuditLog() else {
                Issue.record("truncation not detected")
                return
            }
            #expect(seq == checkpoint.eventCount - 19)
            #expect(reason.contains("tronqué"))
        }
    }

    @Test func aForgedCheckpointIsReported() async throws {
        try await TestEnvironment.withDemo { environment, _ in
            try await Self.changes(environment, count: 2)
            let wrongKey = AuditKey(hex: String(repeating: "17", count: 32))!
            let forged = AuditCheckpoints.make(kind: "interval", count: 1_000, head: "x", at: Date(), key: wrongKey)
            try await environment.database.write { try await AuditCheckpointRecords.insert(forged, in: $0) }
            guard case .broken(_, let reason) = try await environment.verifyAuditLog() else {
                Issue.record("forged checkpoint accepted")
                return
            }
            #expect(reason.contains("signature"))
        }
    }

    @Test func aChainWrittenBeforeTheKeyIsSealedOnceThenKeyed() async throws {
        try await TestEnvironment.withDemo { environment, _ in
            // Rewrite the demo's events as an earlier version wrote them: unkeyed SHA-256.
            try await environment.database.write { sql in
                var previous = AuditLog.genesisHash
                for event in try await AuditRecords.chain(after: 0, limit: 1_000, in: sql) {
                    let hash = AuditLog.legacyHash(of: event.relinked(to: previous))
                    try await sql.raw(
                        """
                        UPDATE audit_events SET previous_hash = \(bind: previous), hash = \(bind: hash)
                        WHERE seq = \(bind: event.seq)
                        """
                    ).run()
                    previous = hash
                }
            }
            guard case .broken = try await environment.verifyAuditLog() else {
                Issue.record("an unsealed unkeyed chain must not verify")
                return
            }
            let sealed = try await AuditLog.sealLegacyChain(environment: environment)
            #expect(sealed == 1)
            #expect(try await AuditLog.sealLegacyChain(environment: environment) == nil)
            try await Self.changes(environment, count: 2)
            #expect(try await environment.verifyAuditLog() == .intact(events: 5))
            // Editing a sealed event is still caught: the legacy checkpoint signed its hash.
            try await environment.database.write { sql in
                try await sql.raw("UPDATE audit_events SET record_id = 'autre' WHERE seq = 1").run()
            }
            guard case .broken(let seq, _) = try await environment.verifyAuditLog() else {
                Issue.record("edit of a sealed event not detected")
                return
            }
            #expect(seq == 1)
        }
    }
}
