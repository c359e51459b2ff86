import Domain
import Foundation
import Persistence
import SQLKit

extension FundingApplicationService {
    /// Attaches a document to the actor's draft: refused unless its content is a PDF, PNG or JPEG of at most 10 Mo.
    @discardableResult
    public func attach(
        applicationID: String,
        kind: String,
        fileName: String,
        bytes: [UInt8],
        actor: AccountSummary
    ) async throws -> DocumentRecord {
        var errors = FieldErrors()
        let documentKind = DocumentKind(rawValue: kind)
        if documentKind == nil { errors.add("pieceKind", "Choisissez la nature de la pièce.") }
        let prepared: DocumentStore.Prepared?
        switch DocumentStore.prepare(bytes: bytes, fileName: fileName) {
        case .success(let value): prepared = value
        case .failure(let problem):
            errors.add("pieceFile", problem.message)
            prepared = nil
        }
        guard errors.isEmpty, let documentKind, let prepared else { throw DomainError.invalid(errors) }
        return try await environment.database.write { sql in
            _ = try await FundingAccess.applicant(actor, in: sql)
            guard let row = try await FundingApplicationRecords.find(id: applicationID, locking: true, in: sql),
                row.application.organisationID == actor.organisationID
            else { throw DomainError.notFound }
            guard row.application.status == .draft else {
                throw DomainError.conflict("Cette demande est déposée : ses pièces ne changent plus.")
            }
            let document = try await DocumentStore.store(
                prepared,
                id: environment.ids.makeIdentifier(),
                kind: documentKind,
                ownerType: FundingDocuments.ownerType,
                ownerID: applicationID,
                organisationID: actor.organisationID,
                actor: actor,
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .fundingDocumentAttached,
                recordType: "demande_subvention",
                id: applicationID,
                before: [:],
                after: [
                    "piece": document.id, "nature": documentKind.rawValue, "type": prepared.mediaType.rawValue,
                    "octets": "\(bytes.count)", "sha256": prepared.sha256,
                ],
                actor: actor,
                in: sql
            )
            return document
        }
    }

    /// Removes a document from the actor's draft.
    public func removeDocument(id: String, actor: AccountSummary) async throws -> String {
        try await environment.database.write { sql in
            _ = try await FundingAccess.applicant(actor, in: sql)
            guard let document = try await DocumentRecords.find(id: id, in: sql),
                document.ownerType == FundingDocuments.ownerType, document.organisationID == actor.organisationID,
                let row = try await FundingApplicationRecords.find(id: document.ownerID, locking: true, in: sql)
            else { throw DomainError.notFound }
            guard row.application.status == .draft else {
                throw DomainError.conflict("Cette demande est déposée : ses pièces ne changent plus.")
            }
            try await DocumentRecords.delete(document, in: sql)
            try await environment.audit(
                .fundingDocumentRemoved,
                recordType: "demande_subvention",
                id: document.ownerID,
                before: ["piece": document.id, "sha256": document.sha256],
                after: [:],
                actor: actor,
                in: sql
            )
            return document.ownerID
        }
    }

    /// A document of an application, for those who may open the application; anyone else gets "not found".
    public func document(id: String, actor: AccountSummary) async throws -> DocumentDownload {
        try await environment.database.read { sql in
            guard let document = try await DocumentRecords.find(id: id, in: sql),
                document.ownerType == FundingDocuments.ownerType,
                let row = try await FundingApplicationRecords.find(id: document.ownerID, in: sql)
            else { throw DomainError.notFound }
            try await Self.requireVisible(row, actor: actor, in: sql)
            guard let bytes = try await DocumentRecords.bytes(sha256: document.sha256, in: sql) else {
                throw DomainError.notFound
            }
            return DocumentDownload(document: document, bytes: bytes)
        }
    }

    /// A frozen version of an application, for its applicant and its instructor.
    public func submission(id: String, actor: AccountSummary) async throws -> (FundingSubmission, ApplicationFile) {
        try await environment.database.read { sql in
            guard let submission = try await FundingApplicationRecords.submission(id: id, in: sql),
                let row = try await FundingApplicationRecords.find(id: submission.applicationID, in: sql)
            else { throw DomainError.notFound }
            try await Self.requireVisible(row, actor: actor, in: sql)
            return (
                submission,
                try await ApplicationFile.load(
                    row,
                    today: FundingCallService(environment: environment).today(of:),
                    in: sql
                )
            )
        }
    }
}
