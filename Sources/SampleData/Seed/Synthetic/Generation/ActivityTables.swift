/// Weighted tables of activity situations; "cdd_short", "cdd_long" and "cdd_any" become "cdd:N".
enum ActivityTables {
    /// The reference person's situation at the welcome interview: 80 % without job or training.
    static let referenceEntry = WeightedTable<String>([
        ("jobseeker_not_registered", 38), ("jobseeker_registered", 22), ("inactive", 20),
        ("non_qualifying_training", 6), ("qualifying_training", 3), ("interim", 3), ("cdd_any", 4), ("cdi", 2),
        ("subsidised", 1), ("self_employed", 1),
    ])
    /// Another adult's situation on arrival in support.
    static let otherEntry = WeightedTable<String>([
        ("inactive", 38), ("jobseeker_not_registered", 32), ("jobseeker_registered", 10),
        ("non_qualifying_training", 8), ("qualifying_training", 3), ("interim", 3), ("cdd_any", 3), ("cdi", 2),
        ("self_employed", 1),
    ])
    /// A sustainable final situation.
    static let sustainable = WeightedTable<String>([("cdi", 35), ("cdd_long", 30), ("qualifying_training", 35)])
    /// A final situation that is not sustainable.
    static let unsustainable = WeightedTable<String>([
        ("jobseeker_registered", 38), ("interim", 15), ("cdd_short", 12), ("non_qualifying_training", 10),
        ("subsidised", 8), ("inactive", 8), ("self_employed", 4), ("apprenticeship", 5),
    ])
    /// A step on the way: language courses, short jobs, training.
    static let step = WeightedTable<String>([
        ("non_qualifying_training", 30), ("jobseeker_registered", 22), ("interim", 15), ("cdd_short", 12),
        ("subsidised", 8), ("qualifying_training", 10), ("apprenticeship", 3),
    ])
    /// How many steps between entry and final situation.
    static let stepCount = WeightedTable<Int>([(0, 40), (1, 40), (2, 20)])
    /// Length in months of a fixed-term contract of six months or more.
    static let longContractMonths = WeightedTable<Int>([(6, 30), (9, 8), (12, 30), (18, 10), (24, 12), (36, 10)])

    /// The chance of a sustainable activity at the end of support, by exit reason.
    static func sustainableChance(reason: String) -> Double {
        switch reason {
        case "objectives_reached": 0.7
        case "maximum_duration_reached": 0.42
        case "moved": 0.3
        case "left_programme": 0.25
        default: 0.25
        }
    }

    /// Turns a table token into an activity value, drawing the months of a fixed-term contract.
    static func resolve(_ token: String, _ rng: inout SplitMix64) -> String {
        switch token {
        case "cdd_short": "cdd:\(rng.int(in: 1...5))"
        case "cdd_long": "cdd:\(longContractMonths.draw(&rng))"
        case "cdd_any": "cdd:\(rng.int(in: 1...12))"
        default: token
        }
    }

    /// How far an activity is from lasting employment, 0 (inactive) to 6 (cdi).
    static func progress(_ activity: String) -> Int {
        if let months = SyntheticVocabulary.fixedTermMonths(activity) { return months >= 6 ? 5 : 4 }
        switch activity {
        case "inactive": return 0
        case "jobseeker_not_registered": return 1
        case "jobseeker_registered": return 2
        case "non_qualifying_training": return 3
        case "qualifying_training": return 5
        case "cdi": return 6
        default: return 4
        }
    }
}
