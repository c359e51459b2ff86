/// A deployed département prepared for drawing: day numbers, commune weights, caseworker count.
struct DepartementPlan: Sendable {
    /// The département code.
    let code: String
    /// The deployment day, as days since 1970-01-01.
    let deployedDay: Int
    /// The communes, most populated first.
    let communes: [String]
    /// How many caseworkers share its accepted households.
    let caseworkers: Int
    private let communeTable: WeightedTable<Int>?

    // An average support lasts about 18 months plus a fortnight before the welcome interview,
    // and 93 % of referrals are accepted; both are what the generator produces.
    private static let meanSupportDays = 560.0
    private static let acceptedShare = 0.93
    private static let householdsPerCaseworker = 30.0

    /// Prepares a département expected to receive `expectedHouseholds` households until `today`.
    init(_ departement: DepartementWeight, expectedHouseholds: Double, today: Int) {
        code = departement.code
        deployedDay = departement.deployedOn.daysSinceEpoch
        communes = departement.communes
        // Zipf-like weights: the first communes of the list receive most households.
        communeTable =
            communes.isEmpty ? nil : WeightedTable(communes.indices.map { ($0, 10_000 / ($0 + 2)) })
        let openDays = Double(max(1, today - deployedDay))
        let inSupportShare = min(1, DepartementPlan.meanSupportDays / openDays)
        let inSupport = expectedHouseholds * DepartementPlan.acceptedShare * inSupportShare
        caseworkers = max(1, Int((inSupport / DepartementPlan.householdsPerCaseworker).rounded()))
    }

    /// Draws a commune, or nil when the département lists none.
    func drawCommune(_ rng: inout SplitMix64) -> String? {
        guard let communeTable else { return nil }
        return communes[communeTable.draw(&rng)]
    }
}
