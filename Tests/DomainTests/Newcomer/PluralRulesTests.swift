import Domain
import Testing

@Suite("Règles de pluriel CLDR par langue")
struct PluralRulesTests {
    @Test func frenchCountsZeroAndOneAsSingularAndMillionsApart() {
        #expect(PluralRules.category(of: 0, in: .french) == .one)
        #expect(PluralRules.category(of: 1, in: .french) == .one)
        #expect(PluralRules.category(of: 2, in: .french) == .other)
        #expect(PluralRules.category(of: 1_000_000, in: .french) == .many)
        #expect(PluralRules.category(of: 2_000_000, in: .french) == .many)
        #expect(PluralRules.category(of: 1_000_001, in: .french) == .other)
        #expect(PluralRules.categories(.french) == [.one, .many, .other])
    }

    @Test func englishPashtoAndTurkishHaveOneOnlyForOne() {
        for language in [SpaceLanguage.english, .pashto, .turkish] {
            #expect(PluralRules.category(of: 0, in: language) == .other)
            #expect(PluralRules.category(of: 1, in: language) == .one)
            #expect(PluralRules.category(of: 2, in: language) == .other)
        }
    }

    @Test func dariAndTigrinyaCountZeroAsOne() {
        for language in [SpaceLanguage.dari, .tigrinya] {
            #expect(PluralRules.category(of: 0, in: language) == .one)
            #expect(PluralRules.category(of: 1, in: language) == .one)
            #expect(PluralRules.category(of: 2, in: language) == .other)
        }
    }

    @Test func arabicHasSixForms() {
        let expected: [(Int, PluralCategory)] = [
            (0, .zero), (1, .one), (2, .two), (3, .few), (10, .few), (11, .many), (26, .many), (99, .many),
            (100, .other), (101, .other), (102, .other), (103, .few), (110, .few), (111, .many), (1000, .other),
        ]
        for (count, category) in expected {
            #expect(PluralRules.category(of: count, in: .arabic) == category, "\(count)")
        }
        #expect(PluralRules.categories(.arabic) == [.zero, .one, .two, .few, .many, .other])
        #expect(PluralRules.formIndex(of: 11, in: .arabic) == 4)
    }

    @Test func russianAndUkrainianFollowTheLastDigits() {
        let expected: [(Int, PluralCategory)] = [
            (1, .one), (21, .one), (101, .one), (11, .many), (111, .many), (2, .few), (4, .few), (22, .few),
            (12, .many), (14, .many), (5, .many), (0, .many), (25, .many), (112, .many),
        ]
        for language in [SpaceLanguage.russian, .ukrainian] {
            for (count, category) in expected {
                #expect(PluralRules.category(of: count, in: language) == category, "\(language) \(count)")
            }
        }
    }

    @Test func everyLanguageHasARowAndNegativeCountsReadAsTheirMagnitude() {
        for language in SpaceLanguage.allCases {
            #expect(!PluralRules.categories(language).isEmpty)
            #expect(PluralRules.category(of: -1, in: language) == PluralRules.category(of: 1, in: language))
            for count in 0...250 {
                #expect(PluralRules.categories(language).contains(PluralRules.category(of: count, in: language)))
            }
        }
    }
}
