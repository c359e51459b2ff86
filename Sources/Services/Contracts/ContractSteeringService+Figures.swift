import Domain
import Persistence
import SQLKit

extension ContractSteeringService {
    /// What the steering figures are computed from, read in one pass.
    struct SteeringData: Sendable {
        let contracts: [ContractRecord]
        let communes: [String: [String]]
        let arrondissements: [String: [String]]
        let signatories: [String: [ContractSignatory]]
        let axes: [String: [ContractAxis]]
        let actions: [ContractActionRecord]
        let lines: [FundingLine]
        let contractOfAction: [String: String]
        let domainOfAction: [String: IntegrationDomain]
        /// CIR signatories in support by département and commune.
        let cirSignatories: [(departement: String, commune: String?, count: Int)]
    }

    static func read(day: CalendarDay, departements: [String]?, in sql: any SQLDatabase) async throws -> SteeringData {
        let contracts = try await ContractRecords.all(in: sql)
        let axes = try await ContractStructureRecords.axes(contracts: nil, in: sql)
        let actions = try await ContractStructureRecords.actions(contracts: nil, in: sql)
        var domains: [String: IntegrationDomain] = [:]
        let axisDomains = Dictionary(
            axes.values.joined().map { ($0.id, $0.domain) },
            uniquingKeysWith: { first, _ in first }
        )
        for action in actions { domains[action.id] = axisDomains[action.axisID] }
        return SteeringData(
            contracts: contracts,
            communes: try await ContractTerritoryRecords.communeCodes(in: sql),
            arrondissements: ContractTerritoryRecords.arrondissements,
            signatories: try await ContractStructureRecords.signatories(contracts: contracts.map(\.id), in: sql),
            axes: axes,
            actions: actions,
            lines: try await ContractFundingRecords.lines(contracts: nil, in: sql),
            contractOfAction: Dictionary(uniqueKeysWithValues: actions.map { ($0.id, $0.contractID) }),
            domainOfAction: domains,
            cirSignatories: try await PlaceQueries.cirSignatories(on: day, departements: departements, in: sql)
        )
    }

    /// The communes (arrondissements included) of the contracts in force on `day`.
    static func communesUnderContract(
        _ contracts: [ContractRecord],
        on day: CalendarDay,
        data: SteeringData
    )
        -> Set<String>
    {
        var communes = Set<String>()
        for contract in contracts where contract.inForce(on: day) {
            communes.formUnion(
                ContractTerritoryRecords.expand(data.communes[contract.id] ?? [], arrondissements: data.arrondissements)
            )
        }
        return communes
    }

    /// The figures of the contracts touching some départements, and of the CIR signatories living there.
    static func figures(
        _ contracts: [ContractRecord],
        departements: Set<String>,
        year: Int,
        day: CalendarDay,
        underContract: Set<String>,
        data: SteeringData
    ) -> ContractSteering.Figures {
        var figures = ContractSteering.Figures()
        // Credits and actions are those of signed contracts: a draft's may still change.
        let ids = Set(contracts.filter(\.status.isSigned).map(\.id))
        for contract in contracts {
            figures.byStatus[contract.status, default: 0] += 1
            if contract.signedOn?.year == year, let signed = contract.signedOn, signed <= day {
                figures.signedInYear += 1
            }
            if contract.inForce(on: day) { figures.inForce += 1 }
        }
        figures.actions = data.actions.filter { ids.contains($0.contractID) }.count
        for line in data.lines where line.years.contains(year) {
            guard let contract = data.contractOfAction[line.actionID], ids.contains(contract) else { continue }
            figures.credits[line.source, default: .zero] += line.annualAmount
        }
        for entry in data.cirSignatories where departements.contains(entry.departement) {
            figures.cirSignatories += entry.count
            if let commune = entry.commune, underContract.contains(commune) { figures.cirUnderContract += entry.count }
        }
        return figures
    }
}
