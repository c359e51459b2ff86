import Domain
import Foundation
import Persistence

/// The documents a person is asked to bring to an appointment, chosen by their caseworker from a fixed list.
public struct AppointmentDocumentService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// Replaces the documents of an appointment; checked, written and audited with the household locked. Returns the
    /// appointment's household.
    @discardableResult
    public func set(appointmentID: String, codes: [String], actor: AccountSummary) async throws -> String {
        guard let documents = DocumentToBring.read(codes) else {
            var errors = FieldErrors()
            errors.add("documents", "Choisissez les documents dans la liste.")
            throw DomainError.invalid(errors)
        }
        return try await environment.database.write { sql in
            guard
                let household = try await AppointmentDocumentRecords.household(
                    appointmentID: appointmentID,
                    locking: true,
                    in: sql
                )
            else { throw DomainError.notFound }
            let rights = SpaceOpeners.rights(of: actor, on: household.openers)
            guard rights.seesAccess, actor.role != .ofii else { throw DomainError.notFound }
            guard rights.writesForHousehold else { throw DomainError.forbidden }
            // Documents to bring are part of the household file: the one write rule decides, on the locked row.
            try HouseholdWriteRule.check(actor, caseworkerID: household.caseworkerID, stage: household.stage)
            let before = try await AppointmentDocumentRecords.documents(appointmentIDs: [appointmentID], in: sql)
            try await AppointmentDocumentRecords.set(documents, appointmentID: appointmentID, in: sql)
            try await environment.audit(
                .appointmentDocuments,
                recordType: "rendez_vous",
                id: appointmentID,
                before: ["documents": (before[appointmentID] ?? []).map(\.rawValue).joined(separator: ",")],
                after: ["documents": documents.map(\.rawValue).joined(separator: ",")],
                actor: actor,
                in: sql
            )
            return household.id
        }
    }
}
