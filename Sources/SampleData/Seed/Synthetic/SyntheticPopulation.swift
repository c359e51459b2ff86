/// A deterministic synthetic population of AGIR households, generated lazily one household at a time.
public struct SyntheticPopulation: Sendable {
    /// The settings the population was created from.
    public let settings: PopulationSettings
    private let plans: [DepartementPlan]
    private let cumulativeWeights: [UInt64]
    private let totalWeight: UInt64
    private let today: Int
    private let placementOffset: UInt64

    /// Creates the population; départements deployed after `today` or weighted 0 receive no household.
    public init(settings: PopulationSettings) {
        precondition(settings.households >= 0, "The number of households cannot be negative")
        precondition(settings.households <= Agdref.maximumHouseholds, "Too many households for unique AGDREF numbers")
        self.settings = settings
        today = settings.today.daysSinceEpoch
        let deployed = settings.departements.filter { $0.weight > 0 && $0.deployedOn <= settings.today }
        precondition(
            settings.households == 0 || !deployed.isEmpty,
            "At least one département must have a positive weight and be deployed by today"
        )
        let total = deployed.reduce(0) { $0 + $1.weight }
        var running: UInt64 = 0
        cumulativeWeights = deployed.map { departement in
            running += UInt64(departement.weight)
            return running
        }
        totalWeight = running
        plans = deployed.map { departement in
            DepartementPlan(
                departement,
                expectedHouseholds: Double(settings.households) * Double(departement.weight) / Double(max(total, 1)),
                today: settings.today.daysSinceEpoch
            )
        }
        placementOffset = SplitMix64.mix(settings.seed ^ 0x5851_F42D_4C95_7F2D)
    }

    /// Household number `index` (0..<households), computed from (seed, index) alone so that any household
    /// can be generated independently, in any order, on any thread, always identical.
    public func household(at index: Int) -> SyntheticHousehold {
        precondition((0..<settings.households).contains(index), "Household index out of range")
        var factory = HouseholdFactory(
            rng: SplitMix64(seed: householdSeed(index)),
            index: index,
            seed: settings.seed,
            today: today,
            plan: plans[planIndex(for: index)],
            evenSlot: settings.spreadReferralsEvenly ? (index, settings.households) : nil
        )
        return factory.make()
    }

    /// How many caseworkers a département needs for its households (about 30 households in support each, at least 1).
    public func caseworkerCount(departement: String) -> Int {
        plans.first { $0.code == departement }?.caseworkers ?? 1
    }

    /// The seed of household `index`: a scrambling of (population seed, index) only.
    private func householdSeed(_ index: Int) -> UInt64 {
        SplitMix64.mix(settings.seed &+ SplitMix64.mix(UInt64(truncatingIfNeeded: index) &+ 0xD1B5_4A32_D192_ED03))
    }

    /// The département of household `index`.
    private func planIndex(for index: Int) -> Int {
        // Households are placed along the golden-ratio (Weyl) sequence rather than at random, so every
        // département receives its share within a few households whatever the population size.
        let position = UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15 &+ placementOffset
        let target = position.multipliedFullWidth(by: totalWeight).high
        var low = 0
        var high = cumulativeWeights.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulativeWeights[middle] > target { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
