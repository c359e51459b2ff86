import Foundation
import SQLKit

/// A signed statement that the audit chain held `eventCount` events ending with `headHash` at `createdAt`.
public struct StoredAuditCheckpoint: Sendable, Equatable {
    /// `legacy` marks where the unkeyed chain of earlier versions ends; `interval` is a periodic checkpoint.
    public let kind: String
    public let eventCount: Int
    public let headHash: String
    public let createdAt: String
    public let signature: String

    public init(kind: String, eventCount: Int, headHash: String, createdAt: String, signature: String) {
        self.kind = kind
        self.eventCount = eventCount
        self.headHash = headHash
        self.createdAt = createdAt
        self.signature = signature
    }
}

/// SQL for `audit_checkpoints`.
public enum AuditCheckpointRecords {
    /// Stores a checkpoint; an identical one (same signature) is not stored twice.
    public static func insert(_ checkpoint: StoredAuditCheckpoint, in sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO audit_checkpoints (signature, kind, event_count, head_hash, created_at)
            VALUES (\(bind: checkpoint.signature), \(bind: checkpoint.kind), \(bind: checkpoint.eventCount),
                    \(bind: checkpoint.headHash), \(bind: checkpoint.createdAt))
            ON CONFLICT (signature) DO NOTHING
            """
        ).run()
    }

    /// Every checkpoint, oldest first.
    public static func all(in sql: any SQLDatabase) async throws -> [StoredAuditCheckpoint] {
        try await sql.raw(
            """
            SELECT signature, kind, event_count, head_hash, created_at FROM audit_checkpoints
            ORDER BY event_count, created_at
            """
        ).all().map(checkpoint)
    }

    /// The checkpoint with the most events, if any.
    public static func latest(in sql: any SQLDatabase) async throws -> StoredAuditCheckpoint? {
        try await sql.raw(
            """
            SELECT signature, kind, event_count, head_hash, created_at FROM audit_checkpoints
            ORDER BY event_count DESC, created_at DESC LIMIT 1
            """
        ).first().map(checkpoint)
    }

    static func checkpoint(_ row: any SQLRow) throws -> StoredAuditCheckpoint {
        StoredAuditCheckpoint(
            kind: try row.decode(column: "kind", as: String.self),
            eventCount: try row.decode(column: "event_count", as: Int.self),
            headHash: try row.decode(column: "head_hash", as: String.self),
            createdAt: try row.decode(column: "created_at", as: String.self),
            signature: try row.decode(column: "signature", as: String.self)
        )
    }
}
