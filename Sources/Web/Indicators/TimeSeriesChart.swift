import Domain
import Foundation
import SafeHTML

/// Events per month as an SVG bar chart with a value axis, a legend and a text alternative, drawn on the server.
/// A month whose count is hidden ("< 5") is drawn as a hatched bar up to the threshold, so that a quiet month never
/// looks empty; the legend says so.
enum TimeSeriesChart {
    static let width = 720.0
    static let height = 240.0
    /// Room for the axis values on the left, and for the two lines of month labels at the bottom.
    static let left = 44.0
    static let right = 8.0
    static let top = 12.0
    static let bottom = 40.0

    /// The chart, or nothing when there is no month; `noun` is the singular of what is counted ("orientation").
    static func node(
        _ months: [(month: String, count: Int)],
        id: String,
        title: String = "Orientations par mois",
        noun: String = "orientation"
    ) -> Node<HTML.BodyContext> {
        guard !months.isEmpty else { return .empty }
        let axis = Axis(maximum: max(SuppressionRule.threshold, months.map(\.count).max() ?? 0))
        let plotHeight = height - top - bottom
        let slot = (width - left - right) / Double(months.count)
        let y = { (value: Double) in top + plotHeight - plotHeight * value / Double(axis.top) }
        let grid = axis.ticks.map { tick -> Node<SVGContext> in
            .group(
                line(x1: left, y1: y(Double(tick)), x2: width - right, y2: y(Double(tick)), stroke: "#d0d0d0"),
                label(x: left - 6, y: y(Double(tick)) + 4, anchor: "end", FrenchNumber.grouped(tick))
            )
        }
        let bars = months.enumerated().map { index, entry -> Node<SVGContext> in
            let hidden = SuppressionRule.isSmall(entry.count)
            // A hidden month is drawn up to the threshold: its true value is somewhere below.
            let value = hidden ? Double(SuppressionRule.threshold) : Double(entry.count)
            return .element(
                "rect",
                .attribute(named: "x", value: format(left + Double(index) * slot + slot * 0.15)),
                .attribute(named: "y", value: format(y(value))),
                .attribute(named: "width", value: format(slot * 0.7)),
                .attribute(named: "height", value: format(y(0) - y(value))),
                .attribute(named: "fill", value: hidden ? "url(#\(id)-hachures)" : "#2b5797"),
                .if(hidden, .attribute(named: "stroke", value: "#2b5797")),
                .if(hidden, .attribute(named: "stroke-dasharray", value: "3 2")),
                .element("title", .text("\(monthLabel(entry.month)) : \(text(entry.count, noun: noun))"))
            )
        }
        let labels = months.enumerated().map { index, entry -> Node<SVGContext> in
            let x = left + Double(index) * slot + slot / 2
            let (month, year) = shortMonth(entry.month)
            // The year under January and under the first month, so that twelve labels fit without overlapping.
            let showsYear = index == 0 || month.hasPrefix("janv")
            return .group(
                label(x: x, y: height - bottom + 16, anchor: "middle", month),
                .if(showsYear, label(x: x, y: height - bottom + 32, anchor: "middle", year))
            )
        }
        let svg: Node<HTML.BodyContext> = .svg(
            .attribute(named: "viewBox", value: "0 0 \(Int(width)) \(Int(height))"),
            .attribute(named: "role", value: "img"),
            .attribute(named: "aria-labelledby", value: "\(id)-titre \(id)-desc"),
            .class("chart"),
            .element("title", .id("\(id)-titre"), .text(title)),
            .element(
                "desc",
                .id("\(id)-desc"),
                .text(
                    "Diagramme en barres : de \(monthLabel(months[0].month)) à "
                        + "\(monthLabel(months[months.count - 1].month)), au plus \(axis.maximum) par mois ; les mois "
                        + "hachurés comptent moins de \(SuppressionRule.threshold) \(noun)s (valeur masquée). "
                        + "Le tableau qui suit donne les mêmes valeurs."
                )
            ),
            .element(
                "defs",
                .element(
                    "pattern",
                    .id("\(id)-hachures"),
                    .attribute(named: "width", value: "6"),
                    .attribute(named: "height", value: "6"),
                    .attribute(named: "patternUnits", value: "userSpaceOnUse"),
                    .attribute(named: "patternTransform", value: "rotate(45)"),
                    .element(
                        "rect",
                        .attribute(named: "width", value: "6"),
                        .attribute(named: "height", value: "6"),
                        .attribute(named: "fill", value: "#ffffff")
                    ),
                    .element(
                        "line",
                        .attribute(named: "x1", value: "0"),
                        .attribute(named: "y1", value: "0"),
                        .attribute(named: "x2", value: "0"),
                        .attribute(named: "y2", value: "6"),
                        .attribute(named: "stroke", value: "#2b5797"),
                        .attribute(named: "stroke-width", value: "2.5")
                    )
                )
            ),
            .group(grid),
            line(x1: left, y1: y(0), x2: width - right, y2: y(0), stroke: "#333"),
            .group(bars),
            .group(labels)
        )
        let anyHidden = months.contains { SuppressionRule.isSmall($0.count) }
        return .group(
            .div(.class("chart-frame"), svg),
            .ul(
                .class("chart-legend"),
                .li(.span(.class("legend-swatch legend-bar")), .text("\(noun.capitalizedFirst)s du mois")),
                .if(
                    anyHidden,
                    .li(
                        .span(.class("legend-swatch legend-hatched")),
                        .text(
                            "Moins de \(SuppressionRule.threshold) (« < 5 ») : valeur masquée, barre dessinée jusqu'à 5"
                        )
                    )
                )
            ),
            .element(
                named: "details",
                nodes: [
                    .element(named: "summary", text: "Les valeurs du graphique en tableau"),
                    DataTable.node(
                        caption: title,
                        columns: ["Mois", "\(noun.capitalizedFirst)s"],
                        rows: months.map { entry in
                            [
                                DataTable.header(monthLabel(entry.month)),
                                .td(.class("numeric"), .text(published(entry.count))),
                            ]
                        }
                    ),
                ]
            )
        )
    }

    /// The value axis: a round step giving four or five lines, and its top.
    struct Axis {
        let maximum: Int
        let step: Int
        let top: Int
        var ticks: [Int] { Array(stride(from: 0, through: top, by: step)) }

        init(maximum: Int) {
            self.maximum = maximum
            let rough = Double(maximum) / 4
            let magnitude = pow(10, floor(log10(max(1, rough))))
            let step = [1.0, 2.0, 2.5, 5.0, 10.0].map { $0 * magnitude }.first { $0 >= rough } ?? 10 * magnitude
            self.step = max(1, Int(step.rounded(.up)))
            top = Int((Double(maximum) / Double(self.step)).rounded(.up)) * self.step
        }
    }

    /// "< 5" for a small count, else the number.
    static func published(_ count: Int) -> String {
        SmallCountSuppression.text(SuppressionRule.isSmall(count) ? .small : .shown(count))
    }

    /// "12 orientations", "1 orientation", "< 5 orientations".
    static func text(_ count: Int, noun: String) -> String {
        SuppressionRule.isSmall(count) ? "\(published(count)) \(noun)s" : FrenchNumber.count(count, noun)
    }

    /// "2026-03" → "mars 2026".
    static func monthLabel(_ month: String) -> String {
        let (name, year) = shortMonth(month)
        return year.isEmpty ? name : "\(name) \(year)"
    }

    /// "2026-03" → ("mars", "2026").
    static func shortMonth(_ month: String) -> (String, String) {
        let parts = month.split(separator: "-")
        guard parts.count == 2, let number = Int(parts[1]), (1...12).contains(number) else { return (month, "") }
        let names = [
            "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.",
        ]
        return (names[number - 1], String(parts[0]))
    }

    static func format(_ value: Double) -> String { String(format: "%.1f", value) }

    /// A straight SVG line.
    static func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String) -> Node<SVGContext> {
        .element(
            "line",
            .attribute(named: "x1", value: format(x1)),
            .attribute(named: "y1", value: format(y1)),
            .attribute(named: "x2", value: format(x2)),
            .attribute(named: "y2", value: format(y2)),
            .attribute(named: "stroke", value: stroke)
        )
    }

    /// A 12-point grey SVG text anchored at `anchor` ("start", "middle", "end").
    static func label(x: Double, y: Double, anchor: String, _ text: String) -> Node<SVGContext> {
        .element(
            "text",
            .attribute(named: "x", value: format(x)),
            .attribute(named: "y", value: format(y)),
            .attribute(named: "font-size", value: "12"),
            .attribute(named: "text-anchor", value: anchor),
            .attribute(named: "fill", value: "#333"),
            .text(text)
        )
    }
}
