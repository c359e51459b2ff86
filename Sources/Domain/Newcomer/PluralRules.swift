/// The CLDR plural categories; a language uses some of them, in this order, as the forms of its catalogue.
public enum PluralCategory: String, Sendable, CaseIterable, Comparable {
    case zero, one, two, few, many, other

    public static func < (lhs: PluralCategory, rhs: PluralCategory) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// CLDR's cardinal plural rules for whole numbers (counts), one table row per language.
///
/// Source: Unicode CLDR, "Language Plural Rules" (cldr-json `plurals.json`, version 46). Only integer operands
/// are used here (n = i, v = 0), so a category reachable only by decimals (Russian and Ukrainian "other") is left
/// out of the language's forms: Parcours never pluralises a decimal.
public enum PluralRules {
    /// One row: the categories a language's catalogue gives, and the rule choosing one for a count.
    struct Row: Sendable {
        let categories: [PluralCategory]
        let rule: @Sendable (Int) -> PluralCategory
    }

    static let rows: [SpaceLanguage: Row] = [
        // fr: one → i = 0,1; many → e = 0 and i != 0 and i % 1000000 = 0 (« 1 million de personnes »).
        .french: Row(categories: [.one, .many, .other]) { n in
            n == 0 || n == 1 ? .one : n % 1_000_000 == 0 ? .many : .other
        },
        // en: one → i = 1 and v = 0.
        .english: Row(categories: [.one, .other]) { n in n == 1 ? .one : .other },
        // ar: zero → n = 0; one → n = 1; two → n = 2; few → n % 100 = 3..10; many → n % 100 = 11..99.
        .arabic: Row(categories: [.zero, .one, .two, .few, .many, .other]) { n in
            switch (n, n % 100) {
            case (0, _): .zero
            case (1, _): .one
            case (2, _): .two
            case (_, 3...10): .few
            case (_, 11...99): .many
            default: .other
            }
        },
        // fa (Dari follows Persian): one → i = 0 or n = 1.
        .dari: Row(categories: [.one, .other]) { n in n == 0 || n == 1 ? .one : .other },
        // ps: one → n = 1.
        .pashto: Row(categories: [.one, .other]) { n in n == 1 ? .one : .other },
        // uk and ru: one → i % 10 = 1 and i % 100 != 11; few → i % 10 = 2..4 and i % 100 != 12..14; many → the rest.
        .ukrainian: Row(categories: [.one, .few, .many], rule: eastSlavic),
        .russian: Row(categories: [.one, .few, .many], rule: eastSlavic),
        // ti: one → n = 0..1.
        .tigrinya: Row(categories: [.one, .other]) { n in n == 0 || n == 1 ? .one : .other },
        // tr: one → n = 1.
        .turkish: Row(categories: [.one, .other]) { n in n == 1 ? .one : .other },
    ]

    /// The categories a language distinguishes, in catalogue order (`msgstr[0]`, `msgstr[1]`…).
    public static func categories(_ language: SpaceLanguage) -> [PluralCategory] {
        rows[language]?.categories ?? [.other]
    }

    /// The category of a count in a language; negative counts are read as their magnitude.
    public static func category(of count: Int, in language: SpaceLanguage) -> PluralCategory {
        rows[language]?.rule(abs(count)) ?? .other
    }

    /// The index of the catalogue form to use for a count (`msgstr[index]`).
    public static func formIndex(of count: Int, in language: SpaceLanguage) -> Int {
        categories(language).firstIndex(of: category(of: count, in: language)) ?? 0
    }

    @Sendable static func eastSlavic(_ n: Int) -> PluralCategory {
        let (ten, hundred) = (n % 10, n % 100)
        if ten == 1 && hundred != 11 { return .one }
        if (2...4).contains(ten) && !(12...14).contains(hundred) { return .few }
        return .many
    }
}
