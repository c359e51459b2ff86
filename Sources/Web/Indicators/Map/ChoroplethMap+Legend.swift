import Domain

extension ChoroplethMap {
    /// The legend as an HTML `<ul>`: one item per class with its range, then "< 5 (masqué)" and "Pas de donnée".
    ///
    /// Swatches are small inline SVGs, not styled boxes, because the Content-Security-Policy forbids inline styles.
    /// The list has the class `choropleth-legend` for the site's stylesheet.
    public func legendHTML() -> String {
        let name = unit.isEmpty ? "Légende" : "Légende (\(unit))"
        var lines = [##"<ul class="choropleth-legend" aria-label="\##(XMLText.escaped(name))">"##]
        let colours = Classification.colours(count: Classification.classCount(breaks: breaks))
        for (index, colour) in colours.enumerated() {
            lines.append(item(swatch: Self.square(fill: colour), text: rangeText(classIndex: index)))
        }
        let hatch =
            Self.square(fill: Classification.hatchBackground)
            + ##"<path d="M1 5L5 1M1 10L10 1M1 15L15 1M6 15L15 6M11 15L15 11" "##
            + ##"stroke="\##(Classification.hatchStroke)" stroke-width="1.2"/>"##
        lines.append(item(swatch: hatch, text: Self.suppressedText))
        lines.append(item(swatch: Self.square(fill: Classification.missingFill), text: "Pas de donnée"))
        lines.append("</ul>")
        return lines.joined(separator: "\n")
    }

    /// "De a à b" for the first class, "Plus de a à b" for the others, or "a" for a first class of one value.
    private func rangeText(classIndex index: Int) -> String {
        let lower = format(breaks[index])
        let upper = format(breaks[index + 1])
        if index == 0 { return breaks[0] == breaks[1] ? lower : "De \(lower) à \(upper)" }
        return "Plus de \(lower) à \(upper)"
    }

    /// One legend item: a decorative swatch and its text.
    private func item(swatch: String, text: String) -> String {
        ##"<li><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">\##(swatch)</svg> "##
            + "\(XMLText.escaped(text))</li>"
    }

    /// A 16 × 16 swatch with a grey outline, so that light fills stay visible on white (3:1 non-text contrast).
    private static func square(fill: String) -> String {
        ##"<rect x="0.5" y="0.5" width="15" height="15" fill="\##(fill)" stroke="#767676"/>"##
    }
}
