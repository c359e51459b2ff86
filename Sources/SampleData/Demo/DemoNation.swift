import Domain
import Foundation
import Persistence
import Services

/// A light synthetic population in the other départements where AGIR is deployed, written in bulk by the generator
/// of `parcours seed`, so that the demo's regional and national dashboards and map compare something. Its
/// organisations are named "(synthétique)" and its accounts cannot sign in. `parcours demo` loads it; tests leave it
/// out unless they ask for it.
public struct DemoNation: Sendable {
    /// Households over every other département: a few per département and month, enough for maps and comparisons.
    public static let households = 1_500
    /// The generator's seed, fixed so that every demo shows the same nation.
    static let seed: UInt64 = 2_026

    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// Writes the population unless it is there already; returns how many households were written.
    @discardableResult
    public func load() async throws -> Int {
        let database = environment.database
        if try await database.read({ try await SeedReference.hasSeedOrganisations(in: $0) }) { return 0 }
        let today = environment.time.todayInMetropolitanFrance()
        let counts = Dictionary(uniqueKeysWithValues: try SeedReference.asylumCIRCounts().map { ($0.code, $0.count) })
        // The départements deployed by today, on their real deployment dates, but the demo's own Rhône.
        let covered = try await TerritoryQueries(database: database).departements().compactMap {
            departement -> (code: String, deployedOn: CalendarDay, weight: Int)? in
            guard departement.code != "69", EligibilityRule.metropolitanExceptCorsica(departement.code),
                let deployed = departement.agirDeployedOn, deployed <= today
            else { return nil }
            return (departement.code, deployed, counts[departement.code] ?? 1)
        }
        let summary = try await SeedService(environment: environment).populate(
            covered: covered,
            households: Self.households,
            seed: Self.seed,
            today: today,
            nationalAccount: false,
            contracts: false
        )
        try await database.write { try await SeedReference.deactivateSeedAccounts(in: $0) }
        return summary.households
    }
}
