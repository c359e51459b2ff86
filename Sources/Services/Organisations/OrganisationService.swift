import Domain
import Foundation
import Persistence
import SQLKit

/// Creating, editing, deactivating and reactivating organisations: authorise → validate → write → audit.
public struct OrganisationService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// Every organisation, for administrators.
    public func list(actor: AccountSummary?) async throws -> [Organisation] {
        try environment.requireAdministrator(actor)
        return try await environment.database.read { try await OrganisationRecords.all(in: $0) }
    }

    /// One organisation, for administrators; `DomainError.notFound` when it does not exist.
    public func find(id: String, actor: AccountSummary?) async throws -> Organisation {
        try environment.requireAdministrator(actor)
        guard
            let organisation = try await environment.database.read({
                try await OrganisationRecords.find(id: id, in: $0)
            })
        else { throw DomainError.notFound }
        return organisation
    }

    /// Creates an organisation and returns its id.
    public func create(_ input: OrganisationInput, actor: AccountSummary?) async throws -> String {
        try environment.requireAdministrator(actor)
        let valid = try await validate(input)
        let id = environment.ids.makeIdentifier()
        let now = environment.time.now()
        try await environment.database.write { sql in
            let record = NewOrganisation(
                id: id,
                name: valid.name,
                kind: valid.kind,
                siret: valid.siret,
                rna: valid.rna,
                departementCodes: valid.departementCodes
            )
            try await OrganisationRecords.insert(record, at: now, in: sql)
            let created = try await OrganisationRecords.find(id: id, in: sql)
            try await environment.audit(
                .organisationCreated,
                recordType: "organisation",
                id: id,
                before: [:],
                after: created?.auditFields ?? [:],
                actor: actor,
                in: sql
            )
        }
        return id
    }

    /// Replaces an organisation's fields.
    public func update(id: String, _ input: OrganisationInput, actor: AccountSummary?) async throws {
        try environment.requireAdministrator(actor)
        let valid = try await validate(input)
        try await environment.database.write { sql in
            guard let before = try await OrganisationRecords.find(id: id, in: sql) else { throw DomainError.notFound }
            let record = NewOrganisation(
                id: id,
                name: valid.name,
                kind: valid.kind,
                siret: valid.siret,
                rna: valid.rna,
                departementCodes: valid.departementCodes
            )
            try await OrganisationRecords.update(record, in: sql)
            let after = try await OrganisationRecords.find(id: id, in: sql)
            try await environment.audit(
                .organisationUpdated,
                recordType: "organisation",
                id: id,
                before: before.auditFields,
                after: after?.auditFields ?? [:],
                actor: actor,
                in: sql
            )
        }
    }

    /// Deactivates or reactivates an organisation; its accounts' history stays.
    public func setActive(_ active: Bool, id: String, actor: AccountSummary?) async throws {
        try environment.requireAdministrator(actor)
        try await environment.database.write { sql in
            guard let before = try await OrganisationRecords.find(id: id, in: sql) else { throw DomainError.notFound }
            guard before.active != active else { return }
            try await OrganisationRecords.setActive(active, id: id, in: sql)
            let after = try await OrganisationRecords.find(id: id, in: sql)
            let action: AuditAction = active ? .organisationReactivated : .organisationDeactivated
            try await environment.audit(
                action,
                recordType: "organisation",
                id: id,
                before: before.auditFields,
                after: after?.auditFields ?? [:],
                actor: actor,
                in: sql
            )
        }
    }

    private func validate(_ input: OrganisationInput) async throws -> OrganisationInput.Valid {
        let known = Set(try await TerritoryQueries(database: environment.database).departements().map(\.code))
        switch input.validate(knownDepartements: known) {
        case .success(let valid): return valid
        case .failure(let errors): throw DomainError.invalid(errors)
        }
    }

}
