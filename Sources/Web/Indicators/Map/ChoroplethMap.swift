/// A choropleth map of the 101 départements, rendered as inline SVG with an HTML legend.
public struct ChoroplethMap: Sendable {
    /// One département's shown value: a number, a suppressed small count ("< 5"), a value masked to protect
    /// another ("s"), or no data.
    public enum Value: Sendable, Equatable {
        case number(Double)
        case suppressed, masked, missing
    }

    /// Accessible name of the map, also its `<title>`.
    public let title: String
    /// Accessible description of the map, its `<desc>`.
    public let description: String
    /// Unit of the values, shown in the legend's accessible name.
    public let unit: String
    /// Values by département code; an absent code, or a number that is not finite, is drawn as missing.
    public let values: [String: Value]
    /// Formats a number the French way, unit included, e.g. `12,5 %`.
    public let format: @Sendable (Double) -> String
    /// Drill-down URLs by département code.
    public let links: [String: String]
    /// The class boundaries actually used: the minimum, then each class's upper bound (20/40/60/80 % nearest-rank
    /// quantiles and the maximum); class 0 is [b0, b1], class i is (b_i, b_i+1]. Empty when there is no number.
    public let breaks: [Double]

    /// A map of `values`; the classes are computed here, from the numbers of the 101 départements only.
    public init(
        title: String,
        description: String,
        unit: String,
        values: [String: Value],
        format: @escaping @Sendable (Double) -> String,
        links: [String: String] = [:]
    ) {
        self.title = title
        self.description = description
        self.unit = unit
        self.values = values
        self.format = format
        self.links = links
        let numbers = DepartementShapes.all.compactMap { shape -> Double? in
            if case .number(let number) = values[shape.code] { return number }
            return nil
        }
        breaks = Classification.breaks(of: numbers)
    }

    /// The value drawn for a code: absent codes and non-finite numbers count as missing.
    func value(of code: String) -> Value {
        switch values[code] {
        case .number(let number) where number.isFinite: .number(number)
        case .suppressed: .suppressed
        case .masked: .masked
        default: .missing
        }
    }

    /// The tooltip and accessible text of one département, e.g. "Ain (01) : 12,5 %".
    func label(code: String, name: String) -> String {
        let shown =
            switch value(of: code) {
            case .number(let number): format(number)
            case .suppressed: Self.suppressedText
            case .masked: Self.maskedText
            case .missing: "pas de donnée"
            }
        return "\(name) (\(code)) : \(shown)"
    }

    /// How a suppressed small count reads, in titles and in the legend.
    static let suppressedText = "< 5 (masqué)"
    /// How a value masked only to protect another reads: a neutral mark, never a bound.
    static let maskedText = "s (masqué)"
}
