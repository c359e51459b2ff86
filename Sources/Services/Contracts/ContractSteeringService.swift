import Domain
import Persistence
import SQLKit

/// Builds the steering pages of contracts for the nation, a région or a département, live from the contracts and
/// the casework. Steering roles see the aggregates of any territory, as for the dashboards.
public struct ContractSteeringService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// The years a steering page may be asked for.
    public static let years = 2019...2100

    /// The steering of a territory for a year (the current year when nil).
    public func steering(scope: Dashboard.Scope, year: Int?, actor: AccountSummary) async throws -> ContractSteering {
        let territories = TerritoryQueries(database: environment.database)
        let departements = try await territories.departements()
        try IndicatorService.authorise(scope, actor: actor, departements: departements)
        let regions = try await territories.regions()
        let today = environment.time.todayInMetropolitanFrance()
        let chosenYear = year.flatMap { Self.years.contains($0) ? $0 : nil } ?? today.year
        let day = chosenYear < today.year ? CalendarDay(year: chosenYear, month: 12, day: 31)! : today
        let inScope: Set<String> =
            switch scope {
            case .nation: Set(departements.map(\.code))
            case .region(let code): Set(departements.filter { $0.regionCode == code }.map(\.code))
            case .departement(let code): [code]
            }
        let data = try await environment.database.read { sql in
            try await Self.read(day: day, departements: scope == .nation ? nil : Array(inScope), in: sql)
        }
        let contracts = data.contracts.filter { !inScope.isDisjoint(with: $0.departements) }
        let underContract = Self.communesUnderContract(contracts, on: day, data: data)
        let figures = { (codes: Set<String>) in
            Self.figures(
                contracts.filter { !codes.isDisjoint(with: $0.departements) },
                departements: codes,
                year: chosenYear,
                day: day,
                underContract: underContract,
                data: data
            )
        }
        let names = Dictionary(uniqueKeysWithValues: departements.map { ($0.code, $0.name) })
        var parts: [ContractSteering.Part] = []
        var title = "France entière"
        var partLabel: String?
        switch scope {
        case .nation:
            partLabel = "Région"
            parts = regions.map { region in
                let codes = Set(departements.filter { $0.regionCode == region.code }.map(\.code))
                return .init(code: region.code, name: region.name, scope: .region(region.code), figures: figures(codes))
            }
        case .region(let code):
            title = "Région " + (regions.first { $0.code == code }?.name ?? code)
            partLabel = "Département"
            parts = departements.filter { $0.regionCode == code }.map {
                .init(code: $0.code, name: $0.label, scope: .departement($0.code), figures: figures([$0.code]))
            }
        case .departement(let code):
            title = "\(names[code] ?? code) (\(code))"
        }
        let signed = Set(contracts.filter(\.status.isSigned).map(\.id))
        let lines = data.lines.filter { data.contractOfAction[$0.actionID].map(signed.contains) ?? false }
        var creditsByDomain: [IntegrationDomain: Money] = [:]
        for line in lines where line.years.contains(chosenYear) {
            if let domain = data.domainOfAction[line.actionID] {
                creditsByDomain[domain, default: .zero] += line.annualAmount
            }
        }
        var actionsByDomain: [IntegrationDomain: Int] = [:]
        for action in data.actions where signed.contains(action.contractID) {
            if let domain = data.domainOfAction[action.id] { actionsByDomain[domain, default: 0] += 1 }
        }
        var inForce: [String: Int] = [:]
        for contract in contracts where contract.inForce(on: day) {
            for code in contract.departements where inScope.contains(code) { inForce[code, default: 0] += 1 }
        }
        let visible = contracts.filter { contract in
            contract.status.isSigned
                || ContractAccess.canDraft(
                    actor,
                    ContractParties(
                        departements: contract.departements,
                        regionCode: contract.regionCode,
                        signatoryOrganisations: [],
                        leadOrganisations: []
                    )
                )
        }
        return ContractSteering(
            scope: scope,
            title: title,
            year: chosenYear,
            day: day,
            figures: figures(inScope),
            creditsByDomain: creditsByDomain,
            actionsByDomain: actionsByDomain,
            parts: parts,
            partLabel: partLabel,
            contracts: visible.map {
                ContractSummary(contract: $0, signatories: data.signatories[$0.id] ?? [], axes: data.axes[$0.id] ?? [])
            },
            inForceByDepartement: inForce,
            departementNames: names
        )
    }
}
