import Foundation
import SafeHTML
import Testing

@testable import Web

/// The SVG markup: accessibility, states, escaping, links and determinism.
struct SVGTests {
    /// A French percentage with one decimal and a no-break space, e.g. "12,5 %".
    static let percent: @Sendable (Double) -> String = { value in
        String(format: "%.1f", value).replacingOccurrences(of: ".", with: ",") + "\u{a0}%"
    }

    /// A map with numbers everywhere except a suppressed Aisne, a missing Allier and an absent Alpes-de-Haute-Provence.
    static func sample(links: [String: String] = [:], title: String = "Taux de réussite") -> ChoroplethMap {
        var values: [String: ChoroplethMap.Value] = [:]
        for (index, shape) in DepartementShapes.all.enumerated() {
            values[shape.code] = .number(Double(index % 17) + 0.5)
        }
        values["01"] = .number(12.5)
        values["02"] = .suppressed
        values["03"] = .missing
        values["04"] = nil
        return ChoroplethMap(
            title: title,
            description: "Part des parcours terminés, par département.",
            unit: "%",
            values: values,
            format: percent,
            links: links
        )
    }

    /// The `<path …>…</path>` element of one département.
    static func element(of code: String, in svg: String) throws -> String {
        let name = try #require(DepartementShapes.all.first { $0.code == code }).name
        let line = try #require(svg.split(separator: "\n").first { $0.contains("<title>\(name) (\(code)) :") })
        return String(line)
    }

    @Test func accessibleImage() throws {
        let svg = Self.sample().svg(idPrefix: "carte").render()
        #expect(svg.hasPrefix(##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 "##))
        #expect(svg.contains(##"role="img" aria-labelledby="carte-title carte-desc""##))
        #expect(svg.contains(##"<title id="carte-title">Taux de réussite</title>"##))
        #expect(svg.contains(##"<desc id="carte-desc">Part des parcours terminés, par département.</desc>"##))
        #expect(svg.hasSuffix("</svg>"))
        #expect(svg.components(separatedBy: "<path ").count == 102)
    }

    @Test func numberTitleUsesTheFormat() throws {
        let line = try Self.element(of: "01", in: Self.sample().svg(idPrefix: "m").render())
        #expect(line.contains("<title>Ain (01) : 12,5\u{a0}%</title>"))
    }

    @Test func suppressedIsHatched() throws {
        let svg = Self.sample().svg(idPrefix: "m1").render()
        #expect(svg.contains(##"<pattern id="m1-hatch""##))
        let line = try Self.element(of: "02", in: svg)
        #expect(line.contains(##"fill="url(#m1-hatch)""##))
        #expect(line.contains("<title>Aisne (02) : &lt; 5 (masqué)</title>"))
    }

    @Test func missingIsGrey() throws {
        let svg = Self.sample().svg(idPrefix: "m").render()
        for code in ["03", "04"] {
            let line = try Self.element(of: code, in: svg)
            #expect(line.contains(##"fill="#e5e5e5""##), "\(code)")
            #expect(line.contains(": pas de donnée</title>"), "\(code)")
        }
    }

    @Test func textIsEscaped() {
        let svg = Self.sample(links: ["01": "/carte?d=01&x=\"y\""], title: "Taux <b> & \"co\"").svg(idPrefix: "m")
            .render()
        #expect(svg.contains("<title id=\"m-title\">Taux &lt;b&gt; &amp; &quot;co&quot;</title>"))
        #expect(svg.contains(##"href="/carte?d=01&amp;x=&quot;y&quot;""##))
        #expect(!svg.contains("<b>"))
    }

    @Test func linksWrapPaths() throws {
        let svg = Self.sample(links: ["01": "/departements/01", "974": "/departements/974"]).svg(idPrefix: "m").render()
        #expect(svg.contains(##"role="group" aria-labelledby="m-title m-desc""##))
        let ain = try Self.element(of: "01", in: svg)
        #expect(ain.hasPrefix(##"<a href="/departements/01" aria-label="Ain (01) : 12,5"##))
        #expect(ain.hasSuffix("</path></a>"))
        #expect(try Self.element(of: "974", in: svg).hasPrefix(##"<a href="/departements/974""##))
        #expect(svg.components(separatedBy: "<a ").count == 3)
        #expect(try Self.element(of: "02", in: svg).hasPrefix("<path "))
    }

    @Test func idsArePrefixedAndDistinct() {
        let first = Self.sample().svg(idPrefix: "a").render()
        let second = Self.sample().svg(idPrefix: "b").render()
        #expect(first.contains(##"id="a-hatch""##) && second.contains(##"id="b-hatch""##))
        #expect(!first.contains(##"id="b-"##))
        #expect(Self.sample().svg(idPrefix: "x y\"").render().contains(##"<title id="x_y_-title">"##))
    }

    @Test func insetsAreFramedAndNamed() {
        let svg = Self.sample().svg(idPrefix: "m").render()
        for name in ["Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte"] {
            #expect(svg.contains(">\(name)</text>"), "\(name)")
        }
        #expect(svg.components(separatedBy: "<rect x=").count == 6)
    }

    @Test func noInlineStyles() {
        let svg = Self.sample(links: ["01": "/a"]).svg(idPrefix: "m").render()
        #expect(!svg.contains("style"))
        #expect(!Self.sample().legend().render().contains("style"))
    }

    @Test func deterministic() {
        #expect(
            Self.sample(links: ["01": "/a"]).svg(idPrefix: "m").render()
                == Self.sample(links: ["01": "/a"]).svg(idPrefix: "m").render()
        )
        #expect(Self.sample().legend().render() == Self.sample().legend().render())
    }

    @Test func wellFormedXML() {
        #expect(!WellFormedness.check("<a><b></a>"))
        #expect(!WellFormedness.check("<a>x < y</a>"))
        let map = Self.sample(links: ["01": "/a?b=1&c=2"], title: "A < B & C <b>")
        #expect(WellFormedness.check(map.svg(idPrefix: "m").render()))
        #expect(WellFormedness.check(map.legend().render()))
    }
}
