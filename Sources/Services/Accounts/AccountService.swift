import Domain
import Foundation
import Persistence
import SQLKit

/// Administering accounts: create, edit, deactivate, reactivate, reset passwords; each change audited.
public struct AccountService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// Every account, for administrators.
    public func list(actor: AccountSummary?) async throws -> [AccountDetails] {
        try environment.requireAdministrator(actor)
        return try await environment.database.read { try await AccountRecords.all(in: $0) }
    }

    /// The administrator's list: accounts whose name, e-mail or organisation contains `search`, with their last
    /// sign-in and second factor.
    public func listing(search: String, actor: AccountSummary?) async throws -> [AccountListRow] {
        try environment.requireAdministrator(actor)
        return try await environment.database.read { try await AccountListQueries.rows(search: search, in: $0) }
    }

    /// One account, for administrators.
    public func find(id: String, actor: AccountSummary?) async throws -> AccountDetails {
        try environment.requireAdministrator(actor)
        guard let account = try await environment.database.read({ try await AccountRecords.find(id: id, in: $0) })
        else { throw DomainError.notFound }
        return account
    }

    /// A new account and the password to hand over once.
    public struct Created: Sendable {
        public let id: String
        public let password: String
    }

    /// Creates an account; without `password`, a temporary one is generated and returned once.
    public func create(_ input: AccountInput, password: String? = nil, actor: AccountSummary?) async throws -> Created {
        try environment.requireAdministrator(actor)
        let valid = try await validate(input, exceptID: nil)
        if let password, let problem = PasswordPolicy.problem(with: password, email: valid.email) {
            var errors = FieldErrors()
            errors.add("password", problem)
            throw DomainError.invalid(errors)
        }
        let secret = password ?? environment.ids.makeToken(byteCount: 12)
        let hash = try await PasswordHasher(cost: environment.security.bcryptCost).hash(secret)
        let id = environment.ids.makeIdentifier()
        let now = environment.time.now()
        try await environment.database.write { sql in
            try await ensureUniqueEmail(valid.email, exceptID: nil, sql)
            let account = NewAccount(
                id: id,
                organisationID: valid.organisationID,
                email: valid.email,
                displayName: valid.displayName,
                role: valid.role,
                scope: valid.scope,
                passwordHash: hash
            )
            try await AccountRecords.insert(account, at: now, in: sql)
            // A generated password was seen by the administrator: its holder replaces it at first sign-in.
            if password == nil {
                try await AccountRecords.setPasswordHash(hash, accountID: id, temporary: true, in: sql)
            }
            let created = try await AccountRecords.find(id: id, in: sql)
            try await environment.audit(
                .accountCreated,
                recordType: "compte",
                id: id,
                before: [:],
                after: created?.auditFields ?? [:],
                personalFields: AccountDetails.personalAuditFields,
                actor: actor,
                in: sql
            )
        }
        return Created(id: id, password: secret)
    }

    /// Replaces an account's fields.
    public func update(id: String, _ input: AccountInput, actor: AccountSummary?) async throws {
        try environment.requireAdministrator(actor)
        let valid = try await validate(input, exceptID: id)
        try await environment.database.write { sql in
            guard let before = try await AccountRecords.find(id: id, in: sql) else { throw DomainError.notFound }
            try await ensureUniqueEmail(valid.email, exceptID: id, sql)
            try await AccountRecords.update(
                id: id,
                organisationID: valid.organisationID,
                email: valid.email,
                displayName: valid.displayName,
                role: valid.role,
                scope: valid.scope,
                in: sql
            )
            let after = try await AccountRecords.find(id: id, in: sql)
            try await environment.audit(
                .accountUpdated,
                recordType: "compte",
                id: id,
                before: before.auditFields,
                after: after?.auditFields ?? [:],
                personalFields: AccountDetails.personalAuditFields,
                actor: actor,
                in: sql
            )
        }
    }

    /// Deactivates (ending its sessions) or reactivates an account; its history stays.
    public func setActive(_ active: Bool, id: String, actor: AccountSummary?) async throws {
        try environment.requireAdministrator(actor)
        try await environment.database.write { sql in
            guard let before = try await AccountRecords.find(id: id, in: sql) else { throw DomainError.notFound }
            guard before.active != active else { return }
            try await AccountRecords.setActive(active, id: id, in: sql)
            if !active { try await SessionRecords.deleteAll(accountID: id, in: sql) }
            let after = try await AccountRecords.find(id: id, in: sql)
            let action: AuditAction = active ? .accountReactivated : .accountDeactivated
            try await environment.audit(
                action,
                recordType: "compte",
                id: id,
                before: before.auditFields,
                after: after?.auditFields ?? [:],
                personalFields: AccountDetails.personalAuditFields,
                actor: actor,
                in: sql
            )
        }
    }

    private func validate(_ input: AccountInput, exceptID: String?) async throws -> AccountInput.Valid {
        let territories = TerritoryQueries(database: environment.database)
        let departements = Set(try await territories.departements().map(\.code))
        let regions = Set(try await territories.regions().map(\.code))
        let organisation = try await environment.database.read {
            try await OrganisationRecords.find(id: input.organisationID, in: $0)
        }
        switch input.validate(organisation: organisation, knownDepartements: departements, knownRegions: regions) {
        case .success(let valid): return valid
        case .failure(let errors): throw DomainError.invalid(errors)
        }
    }

    private func ensureUniqueEmail(_ email: String, exceptID: String?, _ sql: any SQLDatabase) async throws {
        if try await AccountRecords.emailTaken(email, exceptID: exceptID, in: sql) {
            var errors = FieldErrors()
            errors.add("email", "Un autre compte utilise déjà cette adresse e-mail.")
            throw DomainError.invalid(errors)
        }
    }
}
