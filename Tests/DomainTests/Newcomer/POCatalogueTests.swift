import Domain
import Testing

@Suite("Lecture des catalogues gettext (.po)")
struct POCatalogueTests {
    static let sample = #"""
        # Un commentaire
        msgid ""
        msgstr ""
        "Language: ar\n"
        "Plural-Forms: nplurals=6; plural=n;\n"
        "X-Native-Review: pending\n"

        #. Pour les traducteurs
        msgid "home.title"
        msgstr "Bonjour {name}"

        #, fuzzy
        msgid "long"
        msgstr ""
        "Deux "
        "lignes \"citées\"\n"

        msgid "count"
        msgid_plural "count"
        msgstr[0] "zéro"
        msgstr[1] "un"
        """#

    @Test func readsHeaderEntriesPluralsFlagsAndContinuations() throws {
        let catalogue = try POCatalogue.parse(Self.sample)
        #expect(catalogue.header["Language"] == "ar")
        #expect(catalogue.header["X-Native-Review"] == "pending")
        #expect(catalogue.declaredPluralCount == 6)
        #expect(catalogue.entries["home.title"]?.forms == ["Bonjour {name}"])
        #expect(catalogue.entries["long"]?.forms == ["Deux lignes \"citées\"\n"])
        #expect(catalogue.entries["long"]?.flags == ["fuzzy"])
        #expect(catalogue.entries["count"]?.forms == ["zéro", "un"])
        #expect(catalogue.entries["count"]?.pluralKey == "count")
        #expect(catalogue.entries.count == 3)
    }

    @Test func refusesMalformedCataloguesWithTheirLine() {
        let cases: [(String, Int)] = [
            ("msgid \"a\"\n\nmsgid \"b\"\nmsgstr \"B\"", 1),
            ("msgid \"a\"\nmsgstr \"A\"\n\nmsgid \"a\"\nmsgstr \"B\"", 4),
            ("msgid \"a\"\nmsgtext \"A\"", 2),
            ("msgid \"a\"\nmsgstr \"un \"guillemet\"", 2),
            ("msgid \"a\"\nmsgstr \"\\x\"", 2),
            ("msgstr \"orphelin\"", 1),
            ("msgid \"a\"\nmsgid_plural \"a\"\nmsgstr[0] \"x\"\nmsgstr[2] \"z\"", 1),
        ]
        for (text, line) in cases {
            #expect(throws: POParseError.self, "\(text)") { try POCatalogue.parse(text) }
            do {
                _ = try POCatalogue.parse(text)
            } catch {
                #expect(error.line == line, "\(text) : \(error)")
            }
        }
    }
}
