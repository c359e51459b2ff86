/// Given and family names of one origin group, with their transliteration variants.
struct NameGroup: Sendable {
    /// Male given names (an entry may hold two words, e.g. "Abdul Rahim").
    let male: [String]
    /// Female given names.
    let female: [String]
    /// Family names, in their masculine form where the language inflects them.
    let family: [String]
    /// Probability that a person carries a second given name.
    let secondGivenNameChance: Double
    /// Probability that a wife carries her husband's family name.
    let spouseSharesFamilyName: Double
    /// Whether women's family names take the feminine ending (-ov → -ova).
    let feminizesFamilyName: Bool
    private let variantSets: [[String]]
    private let variantLookup: [String: Int]

    /// Creates a group; each inner list of `variants` holds spellings of one name.
    init(
        male: [String],
        female: [String],
        family: [String],
        variants: [[String]],
        secondGivenNameChance: Double,
        spouseSharesFamilyName: Double,
        feminizesFamilyName: Bool = false
    ) {
        self.male = male
        self.female = female
        self.family = family
        self.secondGivenNameChance = secondGivenNameChance
        self.spouseSharesFamilyName = spouseSharesFamilyName
        self.feminizesFamilyName = feminizesFamilyName
        variantSets = variants
        var lookup: [String: Int] = [:]
        for (position, spellings) in variants.enumerated() {
            for spelling in spellings where lookup[spelling] == nil {
                lookup[spelling] = position
            }
        }
        variantLookup = lookup
    }

    /// The other spellings of `name`, empty when the table knows none.
    func otherSpellings(of name: String) -> [String] {
        guard let position = variantLookup[name] else { return [] }
        return variantSets[position].filter { $0 != name }
    }

    /// The family name as carried by a person of the given sex.
    func familyName(_ base: String, sex: String) -> String {
        guard feminizesFamilyName, sex == "F" else { return base }
        if base.hasSuffix("ov") || base.hasSuffix("ev") || base.hasSuffix("in") { return base + "a" }
        return base
    }
}
