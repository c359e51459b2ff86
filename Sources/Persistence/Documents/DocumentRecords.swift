import Domain
import Foundation
import SQLKit

/// A stored document's metadata: what it is, who owns it, its size and SHA-256.
public struct DocumentRecord: Sendable, Equatable {
    public let id: String
    public let sha256: String
    public let mediaType: DocumentMediaType
    public let byteCount: Int
    /// The sanitised file name shown and sent in `Content-Disposition`.
    public let fileName: String
    public let kind: DocumentKind
    /// The record it belongs to, e.g. ("demande_subvention", application id).
    public let ownerType: String
    public let ownerID: String
    public let organisationID: String
    public let uploadedAt: Date?

    public init(
        id: String,
        sha256: String,
        mediaType: DocumentMediaType,
        byteCount: Int,
        fileName: String,
        kind: DocumentKind,
        ownerType: String,
        ownerID: String,
        organisationID: String,
        uploadedAt: Date?
    ) {
        self.id = id
        self.sha256 = sha256
        self.mediaType = mediaType
        self.byteCount = byteCount
        self.fileName = fileName
        self.kind = kind
        self.ownerType = ownerType
        self.ownerID = ownerID
        self.organisationID = organisationID
        self.uploadedAt = uploadedAt
    }
}

/// SQL for the document store: the bytes are kept once per SHA-256, in the same transaction as the record that
/// refers to them.
public enum DocumentRecords {
    /// Stores a document's bytes (unless the same bytes are already stored) and its metadata.
    public static func insert(
        _ document: DocumentRecord,
        bytes: [UInt8],
        accountID: String?,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        if try await sql.raw("SELECT sha256 FROM document_contents WHERE sha256 = \(bind: document.sha256)").first()
            == nil
        {
            try await sql.raw(
                "INSERT INTO document_contents (sha256, bytes) VALUES (\(bind: document.sha256), \(bind: Data(bytes)))"
            ).run()
        }
        try await sql.raw(
            """
            INSERT INTO documents (id, sha256, media_type, byte_count, file_name, kind, owner_type, owner_id,
                organisation_id, account_id, uploaded_at)
            VALUES (\(bind: document.id), \(bind: document.sha256), \(bind: document.mediaType.rawValue),
                \(bind: document.byteCount), \(bind: document.fileName), \(bind: document.kind.rawValue),
                \(bind: document.ownerType), \(bind: document.ownerID), \(bind: document.organisationID),
                \(bind: accountID), \(bind: Timestamp.format(now)))
            """
        ).run()
    }

    /// The documents of a record, oldest first.
    public static func documents(
        ownerType: String,
        ownerID: String,
        in sql: any SQLDatabase
    ) async throws
        -> [DocumentRecord]
    {
        try await sql.raw(
            """
            SELECT * FROM documents WHERE owner_type = \(bind: ownerType) AND owner_id = \(bind: ownerID)
            ORDER BY uploaded_at, id
            """
        ).all().map(record)
    }

    /// One document's metadata.
    public static func find(id: String, in sql: any SQLDatabase) async throws -> DocumentRecord? {
        try await sql.raw("SELECT * FROM documents WHERE id = \(bind: id)").first().map(record)
    }

    /// A document's bytes.
    public static func bytes(sha256: String, in sql: any SQLDatabase) async throws -> Data? {
        try await sql.raw("SELECT bytes FROM document_contents WHERE sha256 = \(bind: sha256)").first()?
            .decode(column: "bytes", as: Data.self)
    }

    /// Removes a document's metadata, and its bytes when no other document shares them.
    public static func delete(_ document: DocumentRecord, in sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM documents WHERE id = \(bind: document.id)").run()
        if try await sql.raw("SELECT id FROM documents WHERE sha256 = \(bind: document.sha256)").first() == nil {
            try await sql.raw("DELETE FROM document_contents WHERE sha256 = \(bind: document.sha256)").run()
        }
    }

    static func record(_ row: any SQLRow) throws -> DocumentRecord {
        guard let type = DocumentMediaType(rawValue: try row.decode(column: "media_type", as: String.self)),
            let kind = DocumentKind(rawValue: try row.decode(column: "kind", as: String.self))
        else { throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "document")) }
        return DocumentRecord(
            id: try row.decode(column: "id", as: String.self),
            sha256: try row.decode(column: "sha256", as: String.self),
            mediaType: type,
            byteCount: try row.decode(column: "byte_count", as: Int.self),
            fileName: try row.decode(column: "file_name", as: String.self),
            kind: kind,
            ownerType: try row.decode(column: "owner_type", as: String.self),
            ownerID: try row.decode(column: "owner_id", as: String.self),
            organisationID: try row.decode(column: "organisation_id", as: String.self),
            uploadedAt: try row.decode(column: "uploaded_at", as: String?.self).flatMap(Timestamp.parse)
        )
    }
}
