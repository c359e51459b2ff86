import Crypto
import Domain
import Foundation
import Persistence
import SQLKit

/// The shared document store: a file is accepted only if its content is a PDF, PNG or JPEG of at most 10 Mo, and is
/// kept with its SHA-256 in the caller's transaction. Each domain decides who may attach and read its documents.
public enum DocumentStore {
    /// A checked file, ready to be stored.
    public struct Prepared: Sendable {
        public let bytes: [UInt8]
        public let mediaType: DocumentMediaType
        public let sha256: String
        public let fileName: String
    }

    /// Checks the file's content and size and computes its SHA-256; the name is only used, sanitised, for display.
    public static func prepare(bytes: [UInt8], fileName: String) -> Result<Prepared, DocumentProblem> {
        DocumentContent.check(bytes).map { type in
            Prepared(
                bytes: bytes,
                mediaType: type,
                sha256: SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined(),
                fileName: DocumentContent.safeFileName(fileName, type: type)
            )
        }
    }

    /// Stores a prepared file for an owner, inside the caller's transaction.
    static func store(
        _ prepared: Prepared,
        id: String,
        kind: DocumentKind,
        ownerType: String,
        ownerID: String,
        organisationID: String,
        actor: AccountSummary,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws -> DocumentRecord {
        let record = DocumentRecord(
            id: id,
            sha256: prepared.sha256,
            mediaType: prepared.mediaType,
            byteCount: prepared.bytes.count,
            fileName: prepared.fileName,
            kind: kind,
            ownerType: ownerType,
            ownerID: ownerID,
            organisationID: organisationID,
            uploadedAt: now
        )
        try await DocumentRecords.insert(record, bytes: prepared.bytes, accountID: actor.id, at: now, in: sql)
        return record
    }
}

/// A document ready to be sent: its metadata and bytes.
public struct DocumentDownload: Sendable {
    public let document: DocumentRecord
    public let bytes: Data
}
