import SafeHTML

extension ChoroplethMap {
    /// The legend as an HTML `<ul>`: one item per class with its range, then the hatching of "< 5" and "s", and "Pas de donnée".
    ///
    /// Swatches are small inline SVGs, not styled boxes, because the Content-Security-Policy forbids inline styles.
    /// The list has the class `choropleth-legend` for the site's stylesheet.
    public func legend() -> Node<HTML.BodyContext> {
        let colours = Classification.colours(count: Classification.classCount(breaks: breaks))
        let hatch: Node<SVGContext> = .group(
            Self.square(fill: Classification.hatchBackground),
            .element(
                "path",
                .attribute(named: "d", value: "M1 5L5 1M1 10L10 1M1 15L15 1M6 15L15 6M11 15L15 11"),
                .attribute(named: "stroke", value: Classification.hatchStroke),
                .attribute(named: "stroke-width", value: "1.2")
            )
        )
        return .ul(
            .class("choropleth-legend"),
            .attribute(named: "aria-label", value: unit.isEmpty ? "Légende" : "Légende (\(unit))"),
            .forEach(colours.enumerated()) { index, colour in
                item(swatch: Self.square(fill: colour), text: rangeText(classIndex: index))
            },
            item(swatch: hatch, text: "Valeur masquée (< 5 ou s)"),
            item(swatch: Self.square(fill: Classification.missingFill), text: "Pas de donnée"),
            .text("\n")
        )
    }

    /// "De a à b" for the first class, "Plus de a à b" for the others, or "a" for a first class of one value.
    private func rangeText(classIndex index: Int) -> String {
        let lower = format(breaks[index])
        let upper = format(breaks[index + 1])
        if index == 0 { return breaks[0] == breaks[1] ? lower : "De \(lower) à \(upper)" }
        return "Plus de \(lower) à \(upper)"
    }

    /// One legend item on its own line: a decorative swatch and its text.
    private func item(swatch: Node<SVGContext>, text: String) -> Node<HTML.ListContext> {
        .group(
            .text("\n"),
            .li(
                .svg(
                    .attribute(named: "width", value: "16"),
                    .attribute(named: "height", value: "16"),
                    .attribute(named: "viewBox", value: "0 0 16 16"),
                    .attribute(named: "aria-hidden", value: "true"),
                    .attribute(named: "focusable", value: "false"),
                    swatch
                ),
                .text(" \(text)")
            )
        )
    }

    /// A 16 × 16 swatch with a grey outline, so that light fills stay visible on white (3:1 non-text contrast).
    private static func square(fill: String) -> Node<SVGContext> {
        .element(
            "rect",
            .attribute(named: "x", value: "0.5"),
            .attribute(named: "y", value: "0.5"),
            .attribute(named: "width", value: "15"),
            .attribute(named: "height", value: "15"),
            .attribute(named: "fill", value: fill),
            .attribute(named: "stroke", value: "#767676")
        )
    }
}
