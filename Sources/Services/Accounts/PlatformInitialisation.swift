import Domain
import Foundation
import Persistence
import SQLKit

/// The first start of a production database: the platform's organisation and its first administrator, once.
public struct PlatformInitialisation: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// What the person installing Parcours gives: the organisation that runs the platform and its administrator.
    public struct Input: Sendable {
        public let organisationName: String
        public let organisationKind: String
        public let email: String
        public let displayName: String

        public init(organisationName: String, organisationKind: String, email: String, displayName: String) {
            self.organisationName = organisationName
            self.organisationKind = organisationKind
            self.email = email
            self.displayName = displayName
        }
    }

    /// The organisation and administrator created, with the temporary password to show once.
    public struct Created: Sendable {
        public let organisationID: String
        public let accountID: String
        public let password: String
    }

    /// Creates the organisation and the administrator (a temporary password, replaced at first sign-in) in one
    /// transaction; refused with a message on field `plateforme` when any account already exists.
    public func run(_ input: Input) async throws -> Created {
        let known = Set(try await TerritoryQueries(database: environment.database).departements().map(\.code))
        let organisationInput = OrganisationInput(
            name: input.organisationName,
            kind: input.organisationKind,
            siret: "",
            rna: "",
            departementCodes: []
        )
        var errors = FieldErrors()
        var organisation: OrganisationInput.Valid?
        switch organisationInput.validate(knownDepartements: known) {
        case .success(let valid): organisation = valid
        case .failure(let problems): for problem in problems.messages { errors.add(problem.field, problem.message) }
        }
        let organisationID = environment.ids.makeIdentifier()
        var account: AccountInput.Valid?
        if let organisation {
            let candidate = Organisation(
                id: organisationID,
                name: organisation.name,
                kind: organisation.kind,
                siret: nil,
                rna: nil,
                departementCodes: [],
                active: true
            )
            let accountInput = AccountInput(
                organisationID: organisationID,
                email: input.email,
                displayName: input.displayName,
                role: Role.admin.rawValue,
                scopeKind: "nation",
                departementCodes: [],
                regionCode: ""
            )
            switch accountInput.validate(organisation: candidate, knownDepartements: known, knownRegions: []) {
            case .success(let valid): account = valid
            case .failure(let problems): for problem in problems.messages { errors.add(problem.field, problem.message) }
            }
        }
        guard let organisation, let account, errors.isEmpty else { throw DomainError.invalid(errors) }
        let password = environment.ids.makeToken(byteCount: 12)
        let hash = try await PasswordHasher(cost: environment.security.bcryptCost).hash(password)
        let accountID = environment.ids.makeIdentifier()
        let now = environment.time.now()
        try await environment.database.write { sql in
            if try await AccountRecords.anyExists(lockingFor: environment.database.kind, in: sql) {
                var refused = FieldErrors()
                refused.add(
                    "plateforme",
                    "Parcours est déjà initialisé : des comptes existent. Créez les suivants avec « parcours user create »."
                )
                throw DomainError.invalid(refused)
            }
            try await OrganisationRecords.insert(
                NewOrganisation(
                    id: organisationID,
                    name: organisation.name,
                    kind: organisation.kind,
                    siret: nil,
                    rna: nil,
                    departementCodes: []
                ),
                at: now,
                in: sql
            )
            try await AccountRecords.insert(
                NewAccount(
                    id: accountID,
                    organisationID: organisationID,
                    email: account.email,
                    displayName: account.displayName,
                    role: account.role,
                    scope: account.scope,
                    passwordHash: hash
                ),
                at: now,
                in: sql
            )
            try await AccountRecords.setPasswordHash(hash, accountID: accountID, temporary: true, in: sql)
            let created = try await OrganisationRecords.find(id: organisationID, in: sql)
            try await environment.audit(
                .organisationCreated,
                recordType: "organisation",
                id: organisationID,
                before: [:],
                after: created?.auditFields ?? [:],
                actor: nil,
                in: sql
            )
            let administrator = try await AccountRecords.find(id: accountID, in: sql)
            try await environment.audit(
                .accountCreated,
                recordType: "compte",
                id: accountID,
                before: [:],
                after: administrator?.auditFields ?? [:],
                personalFields: AccountDetails.personalAuditFields,
                actor: nil,
                in: sql
            )
        }
        return Created(organisationID: organisationID, accountID: accountID, password: password)
    }
}
