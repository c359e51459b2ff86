import Domain
import Foundation
import Persistence
import SQLKit

extension ContractService {
    /// Adds an axis to a contract that is not over.
    public func addAxis(contractID: String, input: AxisInput, actor: AccountSummary) async throws {
        let now = environment.time.now()
        let id = environment.ids.makeIdentifier()
        try await environment.database.write { sql in
            let (contract, _) = try await locked(contractID, actor: actor, may: ContractAccess.canDraft, in: sql)
            try Self.requireNotEnded(contract)
            var errors = FieldErrors()
            guard let valid = input.validate(&errors) else { throw DomainError.invalid(errors) }
            try await ContractStructureRecords.insertAxis(id: id, contractID: contractID, valid, at: now, in: sql)
            try await environment.audit(
                .contractAxisAdded,
                recordType: "contrat",
                id: contractID,
                before: [:],
                after: ["axe": valid.title, "domaine": valid.domain.rawValue],
                actor: actor,
                in: sql
            )
        }
    }

    /// Adds an action to an axis of a contract that is not over; its QPV must lie in the contract's territory and
    /// its dates within the contract's period. Returns the action's identifier.
    @discardableResult
    public func addAction(contractID: String, input: ContractActionInput, actor: AccountSummary) async throws -> String
    {
        let now = environment.time.now()
        let id = environment.ids.makeIdentifier()
        try await environment.database.write { sql in
            let (contract, _) = try await locked(contractID, actor: actor, may: ContractAccess.canDraft, in: sql)
            try Self.requireNotEnded(contract)
            let leads = try await Self.options(actor: actor, departements: contract.departements, in: sql).leads
            let axes = try await ContractStructureRecords.axes(contracts: [contractID], in: sql)[contractID] ?? []
            let communes = try await ContractTerritoryRecords.communes(contractID: contractID, in: sql)
            let expanded = ContractTerritoryRecords.expand(
                communes.map(\.code),
                arrondissements: ContractTerritoryRecords.arrondissements
            )
            let qpv = try await ContractTerritoryRecords.qpv(inCommunes: expanded, in: sql)
            var errors = FieldErrors()
            guard
                let valid = input.validate(
                    ContractActionInput.Context(
                        axes: Set(axes.map(\.id)),
                        period: contract.period,
                        territoryQPV: Set(qpv.map(\.code)),
                        organisations: Dictionary(
                            leads.map { ($0.id, $0.name) },
                            uniquingKeysWith: { first, _ in first }
                        )
                    ),
                    &errors
                )
            else { throw DomainError.invalid(errors) }
            try await ContractStructureRecords.insertAction(
                id: id,
                contractID: contractID,
                valid,
                accountID: actor.id,
                at: now,
                in: sql
            )
            try await environment.audit(
                .contractActionAdded,
                recordType: "contrat",
                id: contractID,
                before: [:],
                after: [
                    "action": id, "intitule": valid.title, "axe": valid.axisID, "porteur": valid.leadName,
                    "qpv": valid.qpv.joined(separator: ","), "debut": valid.startsOn.iso, "fin": valid.endsOn.iso,
                ],
                actor: actor,
                in: sql
            )
        }
        return id
    }
}
