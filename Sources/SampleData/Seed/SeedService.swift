import Domain
import Foundation
import Persistence
import Services

/// Generates a synthetic but realistic population (organisations, accounts, households at every stage of AGIR)
/// into an empty database, with the same tables and rules as the screens, for demonstrations and benchmarks.
public struct SeedService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// What was written.
    public struct Summary: Sendable {
        public let departements: Int
        public let households: Int
        public let persons: Int
        public let rows: Int
        public let caseworkers: Int
        /// Territorial contracts and their actions.
        public let contracts: Int
        public let contractActions: Int
    }

    /// Households written per transaction: large enough to be fast, small enough to keep memory flat.
    static let chunk = 500

    /// Writes the population of `scale` generated from `seed`; `progress` receives (households done, total).
    @discardableResult
    public func run(
        scale: SeedScale,
        seed: UInt64,
        progress: @Sendable (Int, Int) -> Void = { _, _ in }
    ) async throws -> Summary {
        let database = environment.database
        if try await database.read({ try await SeedReference.hasHouseholds(in: $0) }) {
            throw DomainError.conflict("La base contient déjà des ménages : la génération ne remplit qu'une base vide.")
        }
        // One day for the whole synthetic population: metropolitan France's.
        let today = environment.time.todayInMetropolitanFrance()
        let territories = TerritoryQueries(database: database)
        let covered = try await Self.covered(scale: scale, territories: territories)
        try await database.write { sql in
            for entry in covered {
                try await SeedReference.setDeployment(entry.deployedOn.iso, departement: entry.code, in: sql)
            }
        }
        return try await populate(
            covered: covered,
            households: scale.households,
            seed: seed,
            today: today,
            nationalAccount: true,
            fundingTargets: (scale.fundingApplications, scale.associations),
            eventScale: scale,
            progress: progress
        )
    }

    /// Writes `households` generated households over the `covered` départements (already deployed on their dates),
    /// with an operator, an OFII direction and a prefecture per département, in bulk.
    func populate(
        covered: [(code: String, deployedOn: CalendarDay, weight: Int)],
        households total: Int,
        seed: UInt64,
        today: CalendarDay,
        nationalAccount: Bool,
        contracts withContracts: Bool = true,
        fundingTargets: (applications: Int, associations: Int)? = nil,
        eventScale: SeedScale? = nil,
        progress: @Sendable (Int, Int) -> Void = { _, _ in }
    ) async throws -> Summary {
        let database = environment.database
        let territories = TerritoryQueries(database: database)
        let departements = try await territories.departements()
        let byCode = Dictionary(uniqueKeysWithValues: departements.map { ($0.code, $0) })
        var weights: [DepartementWeight] = []
        var qpv: [String: [String: [String]]] = [:]
        for entry in covered {
            let communes = try await database.read {
                try await SeedReference.communes(departement: entry.code, in: $0)
            }
            qpv[entry.code] = try await database.read { try await SeedReference.qpv(departement: entry.code, in: $0) }
            weights.append(
                DepartementWeight(
                    code: entry.code,
                    weight: max(1, entry.weight),
                    deployedOn: entry.deployedOn,
                    communes: communes
                )
            )
        }
        let population = SyntheticPopulation(
            settings: PopulationSettings(households: total, departements: weights, today: today, seed: seed)
        )
        var accounts = SeedRows()
        let hash = try await PasswordHasher(cost: environment.security.bcryptCost).hash(SeedAccounts.password)
        let created = SeedHouseholdRows.instant(today, hour: 7)
        var caseworkers = 0
        var catalogues: [String: CourseCatalogue] = [:]
        let totalWeight = weights.reduce(0) { $0 + $1.weight }
        for weight in weights {
            guard let departement = byCode[weight.code] else { continue }
            let providers = SeedAccounts.providerCount(
                expectedHouseholds: Double(total * weight.weight) / Double(max(1, totalWeight))
            )
            SeedAccounts.providerRows(
                departement: departement,
                count: providers,
                passwordHash: hash,
                createdAt: created,
                into: &accounts
            )
            catalogues[weight.code] = CourseCatalogue(
                departement: weight.code,
                providers: providers,
                communes: weight.communes,
                qpv: qpv[weight.code] ?? [:],
                today: today,
                seed: seed
            )
            let count = population.caseworkerCount(departement: weight.code)
            caseworkers += count
            SeedAccounts.rows(
                departement: departement,
                caseworkers: count,
                passwordHash: hash,
                createdAt: created,
                into: &accounts
            )
        }
        if nationalAccount { SeedAccounts.nationalRows(passwordHash: hash, createdAt: created, into: &accounts) }
        try await database.write { try await SeedWriter.write(accounts, in: $0) }
        let builder = SeedHouseholdRows(departements: departements, today: today)
        let pathways = SeedPathwayRows(
            factory: PathwayFactory(seed: seed, today: today),
            names: byCode.mapValues(\.name)
        )
        var written = accounts.count
        var persons = 0
        var start = 0
        while start < total {
            let end = min(start + Self.chunk, total)
            var rows = SeedRows()
            for index in start..<end {
                let household = population.household(at: index)
                persons += household.members.count
                try builder.append(household, into: &rows)
                pathways.append(household, catalogues: &catalogues, into: &rows)
            }
            try await database.write { try await SeedWriter.write(rows, in: $0) }
            written += rows.count
            start = end
            progress(end, total)
        }
        try await database.write { try await PathwayAreas.place(persons: nil, in: $0) }
        // The demo's light population of the other départements has no contracts: the demo writes its own.
        let contracts =
            withContracts
            ? try await SeedContracts(environment: environment).run(
                departements: weights.map(\.code),
                today: today,
                seed: seed
            ) : SeedContracts.Summary(contracts: 0, actions: 0, residences: 0, rows: 0)
        written += contracts.rows
        // The demo's light population has no subsidies either: the demo writes its own applications.
        if let fundingTargets {
            let (fundingAccounts, funding) = SeedFunding(
                today: today,
                seed: seed,
                createdAt: created,
                departements: weights.compactMap { weight in
                    byCode[weight.code].map { ($0, weight.weight, weight.communes) }
                },
                applicationTarget: fundingTargets.applications,
                associationTarget: fundingTargets.associations
            ).rows(passwordHash: hash)
            try await database.write { sql in
                try await SeedWriter.write(fundingAccounts, in: sql)
                try await FundingSeedWriter.write(funding, in: sql)
            }
            written += fundingAccounts.count + funding.count
        }
        // The demo's light population has no events either: the demo writes its own.
        if let eventScale {
            let events = SeedEventRows(
                departements: weights.map { ($0.code, $0.weight, $0.communes) },
                today: today,
                seed: seed
            ).rows(scale: eventScale)
            try await database.write { try await events.write(in: $0) }
            written += events.count
        }
        // After millions of rows the query planner needs fresh statistics, as after any bulk load.
        try await database.write { try await SeedReference.analyze(in: $0) }
        return Summary(
            departements: weights.count,
            households: total,
            persons: persons,
            rows: written,
            caseworkers: caseworkers,
            contracts: contracts.contracts,
            contractActions: contracts.actions
        )
    }

    /// The départements to fill and their AGIR deployment dates. Nationally, the public sources give three waves
    /// (2022: 27 départements, 2023: 25 more, June 2024: the rest of metropolitan France without Corsica) but not
    /// which département joined when: the generator puts those with the most asylum-motive CIR first.
    static func covered(
        scale: SeedScale,
        territories: TerritoryQueries
    ) async throws -> [(code: String, deployedOn: CalendarDay, weight: Int)] {
        let firstWave = CalendarDay(year: 2022, month: 1, day: 3)!
        let counts = try SeedReference.asylumCIRCounts()
        guard scale == .national else { return [("69", firstWave, counts.first { $0.code == "69" }?.count ?? 1)] }
        let codes = Set(
            try await territories.departements().map(\.code).filter(EligibilityRule.metropolitanExceptCorsica)
        )
        // Each département weighs its asylum-motive CIR count of 2020.
        let ranked = counts.filter { codes.contains($0.code) }.sorted { ($0.count, $1.code) > ($1.count, $0.code) }
        let secondWave = CalendarDay(year: 2023, month: 1, day: 2)!
        let generalisation = CalendarDay(year: 2024, month: 6, day: 3)!
        return ranked.enumerated().map { offset, entry in
            (entry.code, offset < 27 ? firstWave : offset < 52 ? secondWave : generalisation, entry.count)
        }
    }
}
