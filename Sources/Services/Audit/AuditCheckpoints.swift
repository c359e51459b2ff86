import Foundation
import Persistence

/// Signed checkpoints of the audit chain: "the chain held N events, the last one hashed H", signed with the audit
/// key. They are written at intervals to the database and to a file outside it (and to the server's log), so that
/// deleting the newest events — which leaves a shorter chain that still links — is detected.
public enum AuditCheckpoints {
    /// A periodic checkpoint.
    public static let interval = "interval"
    /// The end of the unkeyed chain written by earlier versions, sealed once when the key is first used.
    public static let legacy = "legacy"

    /// A checkpoint of `count` events ending with `head`, signed.
    static func make(kind: String, count: Int, head: String, at now: Date, key: AuditKey) -> StoredAuditCheckpoint {
        let createdAt = Timestamp.format(now)
        return StoredAuditCheckpoint(
            kind: kind,
            eventCount: count,
            headHash: head,
            createdAt: createdAt,
            signature: key.mac(signedText(kind: kind, count: count, head: head, createdAt: createdAt))
        )
    }

    /// Whether a checkpoint carries the signature the key gives it.
    static func isSigned(_ checkpoint: StoredAuditCheckpoint, key: AuditKey) -> Bool {
        let text = signedText(
            kind: checkpoint.kind,
            count: checkpoint.eventCount,
            head: checkpoint.headHash,
            createdAt: checkpoint.createdAt
        )
        return AuditKey.same(key.mac(text), checkpoint.signature)
    }

    private static func signedText(kind: String, count: Int, head: String, createdAt: String) -> String {
        ["parcours-audit-checkpoint", kind, String(count), head, createdAt].joined(separator: "\u{1F}")
    }

    /// One line of the checkpoint file: kind, count, head, instant and signature, separated by tabs.
    static func line(_ checkpoint: StoredAuditCheckpoint) -> String {
        [
            checkpoint.kind, String(checkpoint.eventCount), checkpoint.headHash, checkpoint.createdAt,
            checkpoint.signature,
        ].joined(separator: "\t") + "\n"
    }

    /// The checkpoints of a file; a line that cannot be read comes back unsigned, so that verification reports it.
    public static func read(file path: String?) throws -> [StoredAuditCheckpoint] {
        guard let path, FileManager.default.fileExists(atPath: path) else { return [] }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n").map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5, let count = Int(fields[1]) else {
                return StoredAuditCheckpoint(
                    kind: "illisible",
                    eventCount: 0,
                    headHash: "",
                    createdAt: "",
                    signature: ""
                )
            }
            return StoredAuditCheckpoint(
                kind: fields[0],
                eventCount: count,
                headHash: fields[2],
                createdAt: fields[3],
                signature: fields[4]
            )
        }
    }

    /// Appends a checkpoint to the file (created with owner-only permissions if absent).
    static func append(_ checkpoint: StoredAuditCheckpoint, toFile path: String) throws {
        let data = Data(line(checkpoint).utf8)
        if !FileManager.default.fileExists(atPath: path) {
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
            guard FileManager.default.createFile(atPath: path, contents: data, attributes: [.posixPermissions: 0o600])
            else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path]) }
            return
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: data)
    }
}

extension ServiceEnvironment {
    /// Writes a checkpoint of the chain as it stands, unless the latest one already covers every event; returns it.
    @discardableResult
    public func writeAuditCheckpoint() async throws -> StoredAuditCheckpoint? {
        let key = try requireAuditKey()
        let (head, latest) = try await database.read { sql in
            (try await AuditRecords.last(in: sql), try await AuditCheckpointRecords.latest(in: sql))
        }
        guard let head, latest?.eventCount != head.seq else { return nil }
        let checkpoint = AuditCheckpoints.make(
            kind: AuditCheckpoints.interval,
            count: head.seq,
            head: head.hash,
            at: time.now(),
            key: key
        )
        try await database.write { try await AuditCheckpointRecords.insert(checkpoint, in: $0) }
        if let file = security.auditCheckpointFile { try AuditCheckpoints.append(checkpoint, toFile: file) }
        return checkpoint
    }

    /// The audit key, or an error when the configuration has none.
    func requireAuditKey() throws -> AuditKey {
        guard let key = security.auditKey else { throw AuditLog.MissingKey() }
        return key
    }
}
