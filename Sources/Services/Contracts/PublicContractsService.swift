import Domain
import Persistence

/// The public list of signed contracts (signatories, axes, dates), for anyone, signed in or not.
public struct PublicContractsService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// Every signed contract (signed, running or ended), by département then title, with the départements' names.
    public func signed() async throws -> (contracts: [ContractSummary], departements: [String: String]) {
        let names = try await TerritoryQueries(database: environment.database).departements()
        let contracts = try await environment.database.read { sql in
            let signed = try await ContractRecords.all(in: sql).filter(\.status.isSigned)
            let ids = signed.map(\.id)
            let signatories = try await ContractStructureRecords.signatories(contracts: ids, in: sql)
            let axes = try await ContractStructureRecords.axes(contracts: ids, in: sql)
            return signed.map {
                ContractSummary(contract: $0, signatories: signatories[$0.id] ?? [], axes: axes[$0.id] ?? [])
            }
        }
        return (contracts, Dictionary(uniqueKeysWithValues: names.map { ($0.code, $0.name) }))
    }
}
