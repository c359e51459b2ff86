import Testing

@testable import SafeHTML

/// Each escaping rule of the builder, on text, attributes and elements.
@Suite("SafeHTML : échappement du texte et des attributs")
struct EscapingTests {
    typealias Body = Node<HTML.BodyContext>

    @Test func textEscapesTheFiveSpecialCharacters() {
        #expect(Body.p(.text(#"a & b < c > d " e ' f"#)).render() == "<p>a &amp; b &lt; c &gt; d &quot; e &#39; f</p>")
    }

    @Test func textKeepsAnEntityAsTypedText() {
        #expect(Body.p(.text("&amp;")).render() == "<p>&amp;amp;</p>")
    }

    @Test func aStringLiteralNodeIsEscapedText() {
        let node: Body = "<b>"
        #expect(node.render() == "&lt;b&gt;")
    }

    @Test func attributeValuesEscapeQuotesAngleBracketsAndAmpersands() {
        let hostile = #""><meta http-equiv="refresh" content="0;url=https://x">"#
        #expect(
            Body.div(.attribute(named: "aria-label", value: hostile)).render()
                == #"<div aria-label="&quot;&gt;&lt;meta http-equiv=&quot;refresh&quot; "#
                + #"content=&quot;0;url=https://x&quot;&gt;"></div>"#
        )
        #expect(Body.div(.id("' onmouseover='x")).render() == #"<div id="&#39; onmouseover=&#39;x"></div>"#)
        #expect(Body.div(.class("a&b")).render() == #"<div class="a&amp;b"></div>"#)
    }

    @Test func aNewlineStaysInsideTheQuotedValue() {
        #expect(Body.div(.class("a\nb")).render() == "<div class=\"a\nb\"></div>")
    }

    @Test func attributesGoInTheOpeningTagWhereverTheyAreWritten() {
        let node = Body.a(.text("x"), .group(.href("/a"), .if(true, .attribute(named: "aria-current", value: "page"))))
        #expect(node.render() == #"<a href="/a" aria-current="page">x</a>"#)
    }

    @Test func booleanAttributesHaveNoValue() {
        #expect(Body.form(.novalidate()).render() == "<form novalidate></form>")
        #expect(Body.div(.hidden(true)).render() == "<div hidden></div>")
        #expect(Body.div(.hidden(false)).render() == "<div></div>")
        #expect(
            Body.input(.attribute(named: "required", value: nil, ignoreIfValueIsEmpty: false)).render()
                == "<input required>"
        )
    }

    @Test func emptyValuesAreDroppedUnlessAsked() {
        #expect(Body.div(.class(""), .id("")).render() == "<div></div>")
        #expect(Body.input(.value("")).render() == "<input>")
        #expect(
            Body.input(.attribute(named: "value", value: "", ignoreIfValueIsEmpty: false)).render()
                == #"<input value="">"#
        )
    }

    @Test func voidElementsHaveNoEndTag() {
        #expect(
            Body.input(.type(.hidden), .name("a"), .value("b")).render() == #"<input type="hidden" name="a" value="b">"#
        )
        #expect(Body.p(.text("a"), .br(), .text("b")).render() == "<p>a<br>b</p>")
        #expect(Node<HTML.HeadContext>.meta(.charset(.utf8)).render() == #"<meta charset="UTF-8">"#)
    }

    @Test func aDocumentStartsWithItsDoctype() {
        let html = HTML(.lang(.french), .head(.title("A & B")), .body(.p(.text("x"))))
        #expect(
            html.render()
                == #"<!DOCTYPE html><html lang="fr"><head><title>A &amp; B</title></head><body><p>x</p></body></html>"#
        )
        #expect(html.renderBytes() == Array(html.render().utf8))
    }

    @Test func controlFlowWritesWhatItSelects() {
        let node = Body.ul(
            .forEach(["a", "<b>"]) { .li(.text($0)) },
            .unwrap(nil as String?, { .li(.text($0)) }, else: .li(.text("aucun"))),
            .if(false, .li(.text("non")))
        )
        #expect(node.render() == "<ul><li>a</li><li>&lt;b&gt;</li><li>aucun</li></ul>")
    }

    @Test func svgElementsCloseThemselvesWhenEmpty() {
        let node = Body.svg(
            .attribute(named: "viewBox", value: "0 0 1 1"),
            .element("rect", .attribute(named: "width", value: "1")),
            .element("title", .text("<x>"))
        )
        #expect(
            node.render()
                == #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1"/><title>&lt;x&gt;</title></svg>"#
        )
    }
}
