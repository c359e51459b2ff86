import Testing

@testable import SafeHTML

/// Element and attribute names are literals checked against a strict pattern; URL attributes refuse script URLs.
@Suite("SafeHTML : noms de balises et d'attributs, adresses")
struct NamesAndURLsTests {
    typealias Body = Node<HTML.BodyContext>

    @Test func namesFollowAStrictPattern() {
        for name: StaticString in ["a", "aria-label", "data-skill", "viewBox", "h1", "stroke-width"] {
            #expect(MarkupName.isAllowed(name), "\(name)")
        }
        for name: StaticString in ["", "1a", "-a", "a b", "a\"", "a=b", "a>", "xlink:href", "é"] {
            #expect(!MarkupName.isAllowed(name), "\(name)")
        }
    }

    @Test func eventHandlersAndStyleAreRefused() {
        for name: StaticString in ["onclick", "ONMOUSEOVER", "onload", "style", "Style"] {
            #expect(!MarkupName.isAllowed(name), "\(name)")
        }
        #expect(MarkupName.isAllowed("open"))
    }

    @Test func pathsFragmentsAndWebAddressesAreKept() {
        for url in ["/menages?tous=1&page=2", "#contenu", "?page=2", "https://example.org/a", "mailto:a@b.fr", "a/b:c"]
        {
            #expect(URLPolicy.allows(url), "\(url)")
        }
        #expect(Body.a(.href("/a?b=1&c=2")).render() == #"<a href="/a?b=1&amp;c=2"></a>"#)
    }

    @Test func scriptAndDataURLsAreReplaced() {
        for url in [
            "javascript:alert(1)", "JavaScript:alert(1)", " javascript:x", "java\tscript:x", "data:text/html,x",
            "vbscript:x",
        ] {
            #expect(!URLPolicy.allows(url), "\(url)")
        }
        #expect(Body.a(.href("javascript:alert(1)")).render() == #"<a href="about:invalid"></a>"#)
        #expect(Body.form(.action("javascript:x")).render() == #"<form action="about:invalid"></form>"#)
        #expect(Body.a(.attribute(named: "href", value: "javascript:x")).render() == #"<a href="about:invalid"></a>"#)
    }

    @Test func theEscapingFunctionMatchesTheRenderedText() {
        #expect(
            MarkupEscaping.escaped(#"<a href="x">'&'</a>"#) == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        )
        #expect(MarkupEscaping.escaped("café — ok") == "café — ok")
    }
}
