import Foundation
import Testing

@testable import QREncoder

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The SVG rendering used for inline display under a strict Content-Security-Policy.
struct SVGTests {
    @Test func structureAndAccessibility() throws {
        let code = try QRCode.encode("otpauth://totp/Demo:alice?secret=JBSWY3DPEHPK3PXP&issuer=Demo")
        let svg = code.svg(moduleSize: 5, quietZone: 4, title: "Scan with your authenticator")
        let side = code.size + 8
        #expect(svg.hasPrefix(#"<svg xmlns="http://www.w3.org/2000/svg""#))
        #expect(svg.contains(#"viewBox="0 0 \#(side) \#(side)""#))
        #expect(svg.contains(#"width="\#(side * 5)" height="\#(side * 5)""#))
        #expect(svg.contains(#"role="img""#))
        #expect(svg.contains(">Scan with your authenticator</title>"))
        #expect(svg.hasSuffix("</svg>"))
        #expect(svg.components(separatedBy: "<path").count == 2)
        #expect(svg.contains(#"shape-rendering="crispEdges""#))
        #expect(!svg.contains("style"))
    }

    @Test func titleIdMatchesLabelReference() throws {
        let svg = try QRCode.encode("id").svg(title: "t")
        let label = try #require(svg.firstMatch(of: /aria-labelledby="([^"]+)"/)).1
        #expect(svg.contains(#"<title id="\#(label)">"#))
    }

    @Test func titleIsEscaped() throws {
        let svg = try QRCode.encode("x").svg(title: #"<b>"Tom" & 'Jerry'</b>"#)
        #expect(svg.contains("&lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/b&gt;"))
        #expect(!svg.contains("<b>"))
    }

    @Test func pathCoversExactlyTheDarkModules() throws {
        let code = try QRCode.encode("path coverage", correction: .high)
        let svg = code.svg(quietZone: 2, title: "t")
        let path = String(try #require(svg.firstMatch(of: /\sd="([^"]+)"/)).1)
        var painted = Set<Int>()
        for match in path.matches(of: /M(\d+) (\d+)h(\d+)v1h-\d+z/) {
            let x = Int(match.1)!
            let y = Int(match.2)!
            let width = Int(match.3)!
            for column in x..<x + width { painted.insert((y - 2) * code.size + column - 2) }
        }
        var dark = Set<Int>()
        for y in 0..<code.size {
            for x in 0..<code.size where code.isDark(x: x, y: y) { dark.insert(y * code.size + x) }
        }
        #expect(painted == dark)
    }

    @Test func parsesAsXML() throws {
        let svg = try QRCode.encode("xml").svg(title: "A & B")
        #expect(throws: Never.self) { try XMLDocument(xmlString: svg) }
    }
}
