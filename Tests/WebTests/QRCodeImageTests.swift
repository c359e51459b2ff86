import Foundation
import QREncoder
import SafeHTML
import Testing

@testable import Web

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The QR code as an inline SVG image, under a strict Content-Security-Policy.
struct QRCodeImageTests {
    @Test func structureAndAccessibility() throws {
        let code = try QRCode.encode("otpauth://totp/Demo:alice?secret=JBSWY3DPEHPK3PXP&issuer=Demo")
        let svg = QRCodeImage.node(code, moduleSize: 5, quietZone: 4, title: "Scan with your authenticator").render()
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
        let svg = QRCodeImage.node(try QRCode.encode("id"), title: "t").render()
        let label = try #require(svg.firstMatch(of: /aria-labelledby="([^"]+)"/)).1
        #expect(svg.contains(#"<title id="\#(label)">"#))
    }

    @Test func titleIsEscaped() throws {
        let svg = QRCodeImage.node(try QRCode.encode("x"), title: #"<b>"Tom" & 'Jerry'</b>"#).render()
        #expect(svg.contains("&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;"))
        #expect(!svg.contains("<b>"))
    }

    @Test func pathCoversExactlyTheDarkModules() throws {
        let code = try QRCode.encode("path coverage", correction: .high)
        let svg = QRCodeImage.node(code, quietZone: 2, title: "t").render()
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
        let svg = QRCodeImage.node(try QRCode.encode("xml"), title: "A & B").render()
        #expect(throws: Never.self) { try XMLDocument(xmlString: svg) }
    }
}
