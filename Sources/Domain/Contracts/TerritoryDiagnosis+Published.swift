/// A diagnosis as shown to people without named access: counts from 1 to 4 hidden, and whatever would reveal them.
public struct PublishedDiagnosis: Sendable, Equatable {
    /// Households in support, in QPV and outside; their total.
    public let households: (inQPV: PublishedCount, outside: PublishedCount, total: PublishedCount)
    /// Persons in support by language situation (rows) and CIR situation (columns), with margins.
    public let persons: SuppressedTable
    /// Persons in support, in QPV and outside; their total (the persons' grand total).
    public let personsQPV: (inQPV: PublishedCount, outside: PublishedCount, total: PublishedCount)
    /// Exits of the twelve months: positive and other, and their total.
    public let exits: (positive: PublishedCount, other: PublishedCount, total: PublishedCount)
    /// Shares of the exits with sustainable housing, and with sustainable employment or training.
    public let housingRate: PublishedRate
    public let activityRate: PublishedRate

    public static func == (lhs: PublishedDiagnosis, rhs: PublishedDiagnosis) -> Bool {
        lhs.households == rhs.households && lhs.persons == rhs.persons && lhs.personsQPV == rhs.personsQPV
            && lhs.exits == rhs.exits && lhs.housingRate == rhs.housingRate && lhs.activityRate == rhs.activityRate
    }
}

extension TerritoryDiagnosis {
    /// The diagnosis with the small-count rule applied, table by table (`SmallCountSuppression`).
    public var published: PublishedDiagnosis {
        let households = SmallCountSuppression.apply(list: [householdsInQPV, self.households - householdsInQPV])
        let people = SmallCountSuppression.apply(
            list: [personsInQPV, personsInSupport - personsInQPV]
        )
        let leaving = SmallCountSuppression.apply(list: [positiveExits, exits - positiveExits])
        return PublishedDiagnosis(
            households: (households.values[0], households.values[1], households.total),
            persons: SmallCountSuppression.apply(CountTable(cells: persons)),
            personsQPV: (people.values[0], people.values[1], people.total),
            exits: (leaving.values[0], leaving.values[1], leaving.total),
            housingRate: SmallCountSuppression.rate(numerator: sustainableHousing, denominator: exits),
            activityRate: SmallCountSuppression.rate(numerator: sustainableActivity, denominator: exits)
        )
    }
}
