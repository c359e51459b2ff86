/// Weighted need levels (indexes into `SyntheticVocabulary.needs`) for each diagnosis domain.
enum NeedTables {
    /// A table from weights for aucun, faible, moyen and fort.
    static func table(_ none: Int, _ low: Int, _ medium: Int, _ strong: Int) -> WeightedTable<Int> {
        WeightedTable([(0, none), (1, low), (2, medium), (3, strong)])
    }

    /// Access to rights.
    static let rights = table(10, 30, 40, 20)
    /// Housing for a household already in a lease or equivalent.
    static let housingSettled = table(55, 35, 8, 2)
    /// Housing for everyone else: the usual case.
    static let housing = table(2, 8, 35, 55)
    /// Employment for someone already in a lasting job or qualifying training.
    static let employmentSettled = table(45, 35, 15, 5)
    /// Employment for everyone else.
    static let employment = table(5, 17, 43, 35)
    /// French for French-speaking origins.
    static let languageFrancophone = table(55, 30, 12, 3)
    /// French for someone who reached A1.
    static let languageA1 = table(3, 22, 50, 25)
    /// French for someone below A1.
    static let languageBeginner = table(1, 6, 35, 58)
    /// Mobility.
    static let mobility = table(25, 35, 30, 10)
    /// Parenting, for households with children.
    static let parenting = table(20, 35, 30, 15)
    /// Parenting, for households without children: never a goal.
    static let parentingWithoutChildren = table(80, 20, 0, 0)
    /// Digital skills.
    static let digital = table(15, 35, 35, 15)
    /// Budget.
    static let budget = table(15, 35, 35, 15)
}

extension HouseholdFactory {
    /// The need level of each diagnosis domain, in domain order, as indexes into the need vocabulary.
    mutating func drawNeeds(roster: Roster, origin: Origin, history: SupportHistory) -> [Int] {
        let housingSettled = SyntheticVocabulary.sustainableHousing.contains(history.housing[0].value)
        let employmentSettled = SyntheticVocabulary.isSustainableActivity(history.referenceActivity[0].value)
        let language =
            origin.francophone
            ? NeedTables.languageFrancophone
            : (roster.persons[0].reachedA1 ? NeedTables.languageA1 : NeedTables.languageBeginner)
        let tables = [
            NeedTables.rights, housingSettled ? NeedTables.housingSettled : NeedTables.housing,
            employmentSettled ? NeedTables.employmentSettled : NeedTables.employment, language, NeedTables.mobility,
            roster.hasChildren ? NeedTables.parenting : NeedTables.parentingWithoutChildren, NeedTables.digital,
            NeedTables.budget,
        ]
        return tables.map { $0.draw(&rng) }
    }
}
