import Foundation
import SafeHTML
import TestSupport
import Testing

/// Issue 12, item 2: every free-text field holds a hostile value, every page that shows it is read as each role, and
/// its structure (tags and attribute names, in order) must be that of the same page with an ordinary value.
@Suite("Texte hostile : aucune balise ni aucun attribut ajouté sur aucune page")
struct HostileTextRenderTests {
    static let ordinary = "Valeur ordinaire"
    static let hostile = [
        #""><meta http-equiv="refresh" content="0;url=https://x">"#, "' onmouseover='x", "<script>alert(1)</script>",
        "&amp;", "Ligne 1\nLigne 2",
    ]

    @Test func everyPageKeepsItsStructureWhateverTheText() async throws {
        try await TestApp.run { browser, app in
            let extra = try await HostileRecords.load(app).all
            try await HostileRecords.overwrite(with: Self.ordinary, in: app)
            let reference = try await SiteCrawler.crawl(browser, also: extra).mapValues(HTMLStructure.tokens)
            // Reading the site again must give the same structures, or the comparison below would prove nothing.
            let again = try await SiteCrawler.crawl(browser, also: extra).mapValues(HTMLStructure.tokens)
            let unstable = again.filter { reference[$0.key] != $0.value }.keys.sorted()
            #expect(unstable.isEmpty, "pages qui changent d'une lecture à l'autre : \(unstable)")
            #expect(reference.count > 60, "pages lues : \(reference.count)")
            for value in Self.hostile {
                try await HostileRecords.overwrite(with: value, in: app)
                let pages = try await SiteCrawler.crawl(browser, also: extra)
                let different = Set(pages.keys).symmetricDifference(reference.keys).sorted()
                #expect(
                    different.isEmpty,
                    "pages lues seulement d'un côté avec \(value.debugDescription) : \(different)"
                )
                for (page, html) in pages.sorted(by: { $0.key < $1.key }) {
                    let tokens = HTMLStructure.tokens(html)
                    guard let expected = reference[page], tokens != expected else { continue }
                    let first = zip(tokens, expected).first { $0 != $1 }
                    Issue.record(
                        "\(page) avec \(value.debugDescription) : \(first.map { "\($0) au lieu de \($1)" } ?? "longueur")"
                    )
                }
                let shown = pages.values.filter { $0.contains(MarkupEscaping.escaped(value)) }.count
                #expect(shown > 20, "la valeur \(value.debugDescription) apparaît échappée sur \(shown) pages")
            }
        }
    }
}
