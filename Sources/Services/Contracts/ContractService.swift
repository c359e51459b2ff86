import Domain
import Foundation
import Persistence
import SQLKit

/// Territorial contracts: the prefecture drafts one (kind, period, territory, signatories, axes), signs it — the
/// shared diagnosis is then kept as a snapshot — and moves it on; partners read the contracts they signed or lead an
/// action of. Each change authorises, checks the contract's state, writes and audits in one transaction.
public struct ContractService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// The contracts the actor follows, by lead département then title.
    public func list(actor: AccountSummary) async throws -> [ContractSummary] {
        guard ContractParticipants().admits(actor.role) else { throw DomainError.forbidden }
        return try await environment.database.read { sql in
            let all = try await ContractRecords.all(in: sql)
            var mine = Set<String>()
            if actor.role == .partenaire {
                mine = try await ContractStructureRecords.contracts(ofOrganisation: actor.organisationID, in: sql)
            }
            let visible = all.filter { contract in
                switch actor.role {
                case .partenaire: mine.contains(contract.id)
                default:
                    ContractAccess.canRead(
                        actor,
                        ContractParties(
                            departements: contract.departements,
                            regionCode: contract.regionCode,
                            signatoryOrganisations: [],
                            leadOrganisations: []
                        )
                    )
                }
            }
            let ids = visible.map(\.id)
            let signatories = try await ContractStructureRecords.signatories(contracts: ids, in: sql)
            let axes = try await ContractStructureRecords.axes(contracts: ids, in: sql)
            return visible.map {
                ContractSummary(contract: $0, signatories: signatories[$0.id] ?? [], axes: axes[$0.id] ?? [])
            }
        }
    }

    /// A contract with everything its page shows; "not found" when the actor may not read it.
    public func file(id: String, actor: AccountSummary) async throws -> ContractFile {
        guard ContractParticipants().admits(actor.role) else { throw DomainError.forbidden }
        return try await environment.database.read { sql in
            guard let contract = try await ContractRecords.find(id: id, in: sql) else { throw DomainError.notFound }
            let parties = try await ContractStructureRecords.parties(of: contract, in: sql)
            guard ContractAccess.canRead(actor, parties) else { throw DomainError.notFound }
            let actions = try await ContractStructureRecords.actions(contracts: [id], in: sql)
            let communes = try await ContractTerritoryRecords.communes(contractID: id, in: sql)
            let expanded = ContractTerritoryRecords.expand(
                communes.map(\.code),
                arrondissements: ContractTerritoryRecords.arrondissements
            )
            let names = try await ContractTerritoryRecords.names(
                region: contract.regionCode,
                departements: contract.departements,
                in: sql
            )
            return ContractFile(
                contract: contract,
                regionName: names.region,
                departementNames: names.departements,
                signatories: try await ContractStructureRecords.signatories(contractID: id, in: sql),
                communes: communes,
                territoryQPV: try await ContractTerritoryRecords.qpv(inCommunes: expanded, in: sql),
                axes: try await ContractStructureRecords.axes(contracts: [id], in: sql)[id] ?? [],
                actions: actions,
                lines: try await ContractFundingRecords.lines(contracts: [id], in: sql),
                indicators: try await ContractFundingRecords.indicators(contracts: [id], in: sql),
                reviews: try await ContractReviewRecords.reviews(contractID: id, in: sql),
                decisions: try await ContractReviewRecords.decisions(contractID: id, in: sql),
                snapshots: try await ContractSnapshotRecords.snapshots(contractID: id, in: sql),
                today: environment.time.today(inDepartement: contract.departement),
                canDraft: ContractAccess.canDraft(actor, parties),
                canWriteAnalysis: ContractAccess.canWriteAnalysis(actor, parties),
                reportableActions: Set(
                    actions.filter { ContractAccess.canReport(actor, parties, actionLead: $0.leadOrganisationID) }.map(
                        \.id
                    )
                )
            )
        }
    }

    /// Reads a contract for a change inside the write transaction, locking its row, and checks that the actor may
    /// make the change: `draft` for the prefecture's changes, otherwise `report` or `analysis` rights.
    func locked(
        _ id: String,
        actor: AccountSummary,
        may check: (AccountSummary, ContractParties) -> Bool,
        in sql: any SQLDatabase
    ) async throws -> (ContractRecord, ContractParties) {
        guard let contract = try await ContractRecords.lock(id: id, in: sql) else {
            throw DomainError.notFound
        }
        let parties = try await ContractStructureRecords.parties(of: contract, in: sql)
        guard ContractAccess.canRead(actor, parties) else { throw DomainError.notFound }
        guard check(actor, parties) else { throw DomainError.forbidden }
        return (contract, parties)
    }

    /// Refuses a change that only a contract in preparation accepts.
    static func requirePreparation(_ contract: ContractRecord) throws {
        guard contract.status == .preparation else {
            throw DomainError.conflict(
                "Ce contrat est signé : son territoire, ses signataires et ses dates ne changent plus."
            )
        }
    }

    /// Refuses a change to an ended contract.
    static func requireNotEnded(_ contract: ContractRecord) throws {
        guard contract.status != .ended else {
            throw DomainError.conflict("Ce contrat est terminé : il ne se modifie plus.")
        }
    }
}

/// A contract as lists show it: its fields, signatories and axes.
public struct ContractSummary: Sendable {
    public let contract: ContractRecord
    public let signatories: [ContractSignatory]
    public let axes: [ContractAxis]
}
