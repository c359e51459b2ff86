/// Weighted tables describing who refugee households are.
enum CompositionTables {
    /// Household shapes for a male reference person: single men dominate.
    static let shapesForMen = WeightedTable<HouseholdShape>([
        (.single, 54), (.couple, 9), (.coupleWithChildren, 35), (.singleParent, 2),
    ])
    /// Household shapes for a female reference person: many single mothers.
    static let shapesForWomen = WeightedTable<HouseholdShape>([
        (.single, 27), (.couple, 7), (.coupleWithChildren, 28), (.singleParent, 38),
    ])
    /// Number of children when there are some (mean about 2.5).
    static let childCount = WeightedTable<Int>([(1, 30), (2, 27), (3, 20), (4, 12), (5, 7), (6, 4)])
    /// Age of the reference person at referral (mean about 32).
    static let referenceAge = WeightedTable<ClosedRange<Int>>([
        (18...24, 22), (25...29, 22), (30...34, 20), (35...39, 15), (40...49, 14), (50...65, 7),
    ])
}

/// The shape of a household at referral, before joining relatives.
enum HouseholdShape: Sendable {
    /// One adult.
    case single
    /// Two adults.
    case couple
    /// Two adults and children.
    case coupleWithChildren
    /// One adult and children.
    case singleParent
}
