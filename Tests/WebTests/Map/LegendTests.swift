import SafeHTML
import Testing

@testable import Web

/// The HTML legend.
struct LegendTests {
    /// A map whose first départements, in code order, get `numbers`.
    static func map(_ numbers: [Double]) -> ChoroplethMap {
        var values: [String: ChoroplethMap.Value] = [:]
        for (shape, number) in zip(DepartementShapes.all, numbers) { values[shape.code] = .number(number) }
        return ChoroplethMap(title: "t", description: "d", unit: "%", values: values, format: { "\(Int($0)) %" })
    }

    @Test func oneItemPerClassThenSuppressedAndMissing() {
        let html = Self.map([3, 14, 1, 9, 27, 6, 2, 11, 40, 5]).legend().render()
        let items = html.split(separator: "\n").filter { $0.hasPrefix("<li>") }.map {
            $0.components(separatedBy: "</svg> ")[1].replacingOccurrences(of: "</li>", with: "")
        }
        #expect(
            items == [
                "De 1 % à 2 %", "Plus de 2 % à 5 %", "Plus de 5 % à 9 %", "Plus de 9 % à 14 %", "Plus de 14 % à 40 %",
                "Valeur masquée (&lt; 5 ou s)", "Pas de donnée",
            ]
        )
        #expect(html.hasSuffix("</li>\n</ul>"))
        #expect(html.hasPrefix(##"<ul class="choropleth-legend" aria-label="Légende (%)">"##))
    }

    @Test func swatchesMatchTheMapColours() {
        let html = Self.map([3, 14, 1, 9, 27, 6, 2, 11, 40, 5]).legend().render()
        for colour in Classification.palette { #expect(html.contains(##"fill="\##(colour)""##), "\(colour)") }
        #expect(html.contains(##"fill="\##(Classification.missingFill)""##))
        #expect(html.components(separatedBy: ##"aria-hidden="true" focusable="false""##).count == 8)
    }

    @Test func singleValueAndNoValue() {
        #expect(Self.map([7, 7]).legend().render().contains("</svg> 7 %</li>"))
        #expect(Self.map([0, 0, 0, 0, 3]).legend().render().contains("</svg> 0 %</li>"))
        #expect(Self.map([0, 0, 0, 0, 3]).legend().render().contains("</svg> Plus de 0 % à 3 %</li>"))
        #expect(Self.map([]).legend().render().components(separatedBy: "<li>").count == 3)
    }
}
