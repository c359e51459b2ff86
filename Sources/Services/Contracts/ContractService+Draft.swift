import Domain
import Foundation
import Persistence
import SQLKit

/// What the contract forms offer: the départements the author drafts in, the local authorities and the
/// organisations that may sign or lead actions there.
public struct ContractFormOptions: Sendable {
    public let departements: [Departement]
    public let localAuthorities: [(id: String, name: String)]
    public let leads: [(id: String, name: String)]
}

extension ContractService {
    /// The organisation kinds that may lead an action.
    static let leadKinds: Set<OrganisationKind> = [
        .association, .localAuthority, .trainingProvider, .agirOperator, .company,
    ]

    /// The choices of the contract forms for the actor, around the given départements (the actor's by default).
    public func options(actor: AccountSummary, departements codes: [String]? = nil) async throws -> ContractFormOptions
    {
        try await environment.database.read { try await Self.options(actor: actor, departements: codes, in: $0) }
    }

    /// `options` inside the caller's read or transaction, so that a change checks against what it writes beside.
    static func options(
        actor: AccountSummary,
        departements codes: [String]?,
        in sql: any SQLDatabase
    ) async throws -> ContractFormOptions {
        guard ContractDrafters().admits(actor.role), case .departements(let scope) = actor.scope else {
            throw DomainError.forbidden
        }
        let around = Set(codes ?? scope)
        let departements = try await TerritoryQueries.departements(in: sql)
        let organisations = try await OrganisationRecords.all(in: sql).filter {
            $0.active && !Set($0.departementCodes).isDisjoint(with: around)
        }
        return ContractFormOptions(
            departements: departements.filter { scope.contains($0.code) },
            localAuthorities: organisations.filter { $0.kind == .localAuthority }.map { ($0.id, $0.name) },
            leads: organisations.filter { Self.leadKinds.contains($0.kind) }.map { ($0.id, $0.name) }
        )
    }

    /// Creates a contract in preparation in the actor's départements; returns its identifier.
    @discardableResult
    public func create(input: ContractInput, actor: AccountSummary) async throws -> String {
        guard ContractDrafters().admits(actor.role), case .departements(let scope) = actor.scope else {
            throw DomainError.forbidden
        }
        let id = environment.ids.makeIdentifier()
        let stateID = environment.ids.makeIdentifier()
        let now = environment.time.now()
        try await environment.database.write { sql in
            let (valid, communes, region) = try await Self.check(input, allowed: Set(scope), in: sql)
            try await ContractRecords.insert(
                id: id,
                valid,
                regionCode: region,
                prefectureOrganisationID: actor.organisationID,
                stateSignatoryID: stateID,
                accountID: actor.id,
                at: now,
                in: sql
            )
            try await environment.audit(
                .contractCreated,
                recordType: "contrat",
                id: id,
                before: [:],
                after: Self.auditFields(valid, communes: communes),
                actor: actor,
                in: sql
            )
        }
        return id
    }

    /// Changes a contract still in preparation.
    public func updateDraft(id: String, input: ContractInput, actor: AccountSummary) async throws {
        guard case .departements(let scope) = actor.scope else { throw DomainError.forbidden }
        let now = environment.time.now()
        try await environment.database.write { sql in
            let (contract, _) = try await locked(id, actor: actor, may: ContractAccess.canDraft, in: sql)
            try Self.requirePreparation(contract)
            let (valid, communes, region) = try await Self.check(input, allowed: Set(scope), in: sql)
            let before = try await ContractTerritoryRecords.communes(contractID: id, in: sql)
            try await ContractRecords.updateDraft(id: id, valid, regionCode: region, at: now, in: sql)
            try await environment.audit(
                .contractUpdated,
                recordType: "contrat",
                id: id,
                before: [
                    "type": contract.kind.rawValue, "intitule": contract.title, "prefet": contract.prefect,
                    "debut": contract.period.startsOn.iso, "fin": contract.period.endsOn.iso,
                    "departements": contract.departements.joined(separator: ","),
                    "communes": before.map(\.code).joined(separator: ","),
                ],
                after: Self.auditFields(valid, communes: communes),
                actor: actor,
                in: sql
            )
        }
    }

    /// Adds a local authority as signatory of a contract in preparation.
    public func addSignatory(contractID: String, input: SignatoryInput, actor: AccountSummary) async throws {
        let now = environment.time.now()
        let id = environment.ids.makeIdentifier()
        try await environment.database.write { sql in
            let (contract, _) = try await locked(contractID, actor: actor, may: ContractAccess.canDraft, in: sql)
            try Self.requirePreparation(contract)
            let options = try await Self.options(actor: actor, departements: nil, in: sql)
            var errors = FieldErrors()
            guard let valid = input.validate(organisations: Set(options.localAuthorities.map(\.id)), &errors) else {
                throw DomainError.invalid(errors)
            }
            try await ContractStructureRecords.insertSignatory(id: id, contractID: contractID, valid, at: now, in: sql)
            try await environment.audit(
                .contractSignatoryAdded,
                recordType: "contrat",
                id: contractID,
                before: [:],
                after: [
                    "collectivite": valid.name, "type": valid.authorityKind.rawValue, "siren": valid.siren,
                    "signataire": valid.signer, "organisation": valid.organisationID,
                ],
                actor: actor,
                in: sql
            )
        }
    }

    /// Checks a contract's fields and territory and finds its région; throws the messages, so nothing is written.
    static func check(
        _ input: ContractInput,
        allowed: Set<String>,
        in sql: any SQLDatabase
    ) async throws
        -> (ContractInput.Valid, [Commune], String)
    {
        var errors = FieldErrors()
        guard let valid = input.validate(allowedDepartements: allowed, &errors) else {
            throw DomainError.invalid(errors)
        }
        let regions = try await ContractTerritoryRecords.regions(ofDepartements: valid.departements, in: sql)
        guard let region = regions[valid.departements[0]], Set(regions.values).count == 1 else {
            errors.add("contractDepartements", "Les départements d'un contrat appartiennent à une même région.")
            throw DomainError.invalid(errors)
        }
        let found = try await ContractTerritoryRecords.communes(codes: valid.communeCodes, in: sql)
        guard
            let communes = ContractRules.territory(
                codes: valid.communeCodes,
                found: found,
                departements: Set(valid.departements),
                field: "contractCommunes",
                &errors
            )
        else { throw DomainError.invalid(errors) }
        return (valid, communes, region)
    }

    static func auditFields(_ valid: ContractInput.Valid, communes: [Commune]) -> [String: String?] {
        [
            "type": valid.kind.rawValue, "intitule": valid.title, "prefet": valid.prefect,
            "debut": valid.period.startsOn.iso, "fin": valid.period.endsOn.iso,
            "departements": valid.departements.joined(separator: ","),
            "communes": communes.map(\.code).joined(separator: ","),
        ]
    }
}
