extension HouseholdFactory {
    /// Document names ("FAMILY Given") and, for about 40 %, a usual name in another transliteration.
    mutating func drawNames(group: NameGroup, familyBase: String, sex: String) -> (document: String, usual: String) {
        let pool = sex == "M" ? group.male : group.female
        var given = [rng.element(of: pool)]
        if rng.chance(group.secondGivenNameChance) {
            let second = rng.element(of: pool)
            if second != given[0] { given.append(second) }
        }
        let family = group.familyName(familyBase, sex: sex)
        let document = family.uppercased() + " " + given.joined(separator: " ")
        guard rng.chance(0.4) else { return (document, "") }
        var usual = given.map { respell($0, group: group) }
        usual.append(group.familyName(respell(familyBase, group: group), sex: sex))
        return (document, usual.joined(separator: " "))
    }

    /// Another spelling of `name` when the group knows one, most of the time.
    private mutating func respell(_ name: String, group: NameGroup) -> String {
        let others = group.otherSpellings(of: name)
        guard !others.isEmpty, rng.chance(0.85) else { return name }
        return rng.element(of: others)
    }
}
