import Domain
import Foundation
import Testing

@testable import Web

/// The translation catalogues are complete and consistent: CI fails on a missing key, a placeholder mismatch or an
/// untranslated string, and every unreviewed translation is marked so and listed in the docs.
@Suite("Catalogues de traduction de l'espace personnel")
struct CatalogueTests {
    static let catalogues = SpaceCatalogues.bundled
    static var french: POCatalogue { catalogues.byLanguage[.french]! }

    /// Every key the code may ask for.
    static var expectedKeys: Set<String> {
        var keys = Set(SpaceText.allCases.map(\.rawValue) + SpacePlural.allCases.map(\.rawValue))
        for family in SpaceText.Family.allCases { keys.formUnion(family.codes.map(family.key)) }
        return keys
    }

    @Test func everyLanguageHasItsCatalogue() {
        #expect(Set(Self.catalogues.byLanguage.keys) == Set(SpaceLanguage.allCases))
    }

    @Test func theFrenchCatalogueHasEveryKeyTheCodeUsesAndNoOther() {
        let keys = Set(Self.french.entries.keys)
        #expect(Self.expectedKeys.subtracting(keys).sorted() == [], "clés manquantes")
        #expect(keys.subtracting(Self.expectedKeys).sorted() == [], "clés inutilisées")
    }

    @Test(arguments: SpaceLanguage.allCases)
    func aCatalogueHasTheSameKeysAsFrenchAllTranslated(language: SpaceLanguage) throws {
        let catalogue = try #require(Self.catalogues.byLanguage[language])
        #expect(Set(catalogue.entries.keys) == Set(Self.french.entries.keys), "\(language.rawValue) : clés différentes")
        for (key, entry) in catalogue.entries {
            #expect(!entry.flags.contains("fuzzy"), "\(language.rawValue) \(key) : marquée fuzzy")
            #expect(entry.forms.allSatisfy { !$0.isEmpty }, "\(language.rawValue) \(key) : non traduite")
        }
    }

    @Test(arguments: SpaceLanguage.allCases)
    func pluralsHaveTheFormsOfTheLanguagesCldrCategories(language: SpaceLanguage) throws {
        let catalogue = try #require(Self.catalogues.byLanguage[language])
        let count = PluralRules.categories(language).count
        #expect(catalogue.declaredPluralCount == count, "\(language.rawValue) : Plural-Forms")
        for key in SpacePlural.allCases.map(\.rawValue) {
            let entry = try #require(catalogue.entries[key])
            #expect(entry.pluralKey != nil, "\(language.rawValue) \(key) : msgid_plural absent")
            #expect(entry.forms.count == count, "\(language.rawValue) \(key) : \(entry.forms.count) formes")
        }
        for (key, entry) in catalogue.entries where !SpacePlural.allCases.map(\.rawValue).contains(key) {
            #expect(entry.pluralKey == nil && entry.forms.count == 1, "\(language.rawValue) \(key) : pluriel inattendu")
        }
    }

    /// The placeholders of a text: `{name}`.
    static func placeholders(_ text: String) -> Set<String> {
        Set(text.matches(of: /\{([a-z]+)\}/).map { String($0.1) })
    }

    @Test(arguments: SpaceLanguage.allCases)
    func translationsKeepTheFrenchPlaceholders(language: SpaceLanguage) throws {
        let catalogue = try #require(Self.catalogues.byLanguage[language])
        for (key, source) in Self.french.entries {
            let expected = source.forms.map(Self.placeholders).reduce(Set(), { $0.union($1) })
            guard let entry = catalogue.entries[key] else { continue }
            let categories = entry.forms.count > 1 ? PluralRules.categories(language) : [.other]
            for (index, form) in entry.forms.enumerated() {
                var allowed = expected
                // A form for exactly zero, one or two may say the number in words ("دقيقتان", "one minute").
                if index < categories.count, [.zero, .one, .two].contains(categories[index]) {
                    allowed.remove("count")
                    #expect(
                        Self.placeholders(form).isSubset(of: expected)
                            && expected.subtracting(["count"]).isSubset(of: Self.placeholders(form)),
                        "\(language.rawValue) \(key)[\(index)] : \(form)"
                    )
                    continue
                }
                #expect(Self.placeholders(form) == allowed, "\(language.rawValue) \(key)[\(index)] : \(form)")
            }
        }
    }

    @Test func unreviewedTranslationsAreMarkedAndListedInTheDocs() throws {
        let docs = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
                "../../../docs/beneficiary-space.md"
            ),
            encoding: .utf8
        )
        for (language, catalogue) in Self.catalogues.byLanguage {
            let review = catalogue.header["X-Native-Review"]
            #expect(["source", "done", "pending"].contains(review ?? ""), "\(language.rawValue) : X-Native-Review")
            if review == "pending" {
                #expect(
                    docs.contains("`\(language.rawValue).po`"),
                    "\(language.rawValue) absent de la liste des traductions à relire"
                )
            }
        }
        #expect(Self.french.header["X-Native-Review"] == "source")
    }

    @Test func digitsAndSeparatorsAreWellFormed() throws {
        for (language, catalogue) in Self.catalogues.byLanguage {
            let digits = try #require(catalogue.entries[SpaceText.formatDigits.rawValue]?.forms.first)
            #expect(digits.count == 10, "\(language.rawValue)")
            #expect(digits.enumerated().allSatisfy { $0.element.wholeNumberValue == $0.offset }, "\(language.rawValue)")
        }
    }
}
