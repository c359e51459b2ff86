import SafeHTML

/// Locale-free number formatting and identifiers shared by the SVG renderers.
enum Markup {
    /// A coordinate with at most one decimal and a dot, whatever the locale: 12 → "12", 8.25 → "8.3", -0.5 → "-0.5".
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = tenths.magnitude
        let fraction = magnitude % 10
        return fraction == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(fraction)"
    }

    /// An id made only of ASCII letters, digits, `-` and `_`, so that it is a valid XML id and IDREF list item.
    static func identifier(_ text: String) -> String {
        let cleaned = String(
            text.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "_" }
        )
        // An XML id cannot start with a digit, a hyphen or be empty.
        guard let first = cleaned.first, first.isLetter || first == "_" else { return "map" + cleaned }
        return cleaned
    }
}

extension Node where Context == SVGContext {
    /// An attribute holding a coordinate written by `Markup.number`.
    static func number(_ name: StaticString, _ value: Double) -> Node {
        .attribute(named: name, value: Markup.number(value))
    }
}
