import Domain
import Foundation
import SafeHTML

/// Events per month as an SVG bar chart with a text alternative, drawn on the server.
enum TimeSeriesChart {
    static let width = 640.0
    static let height = 200.0

    /// The chart, or nothing when there is no month. Small counts are shown as "< 5" and drawn as empty bars.
    static func node(
        _ months: [(month: String, count: Int)],
        id: String,
        title: String = "Orientations par mois",
        noun: String = "orientation(s)"
    ) -> Node<HTML.BodyContext> {
        guard !months.isEmpty else { return .empty }
        let maximum = max(5, months.map(\.count).max() ?? 0)
        let slot = width / Double(months.count)
        let bars = months.enumerated().map { index, entry -> Node<SVGContext> in
            let shown = entry.count >= SuppressionRule.threshold || entry.count == 0
            let barHeight = shown ? (height - 30) * Double(entry.count) / Double(maximum) : 0
            let x = Double(index) * slot + slot * 0.15
            let y = height - 20 - barHeight
            return .element(
                "rect",
                .attribute(named: "x", value: format(x)),
                .attribute(named: "y", value: format(y)),
                .attribute(named: "width", value: format(slot * 0.7)),
                .attribute(named: "height", value: format(barHeight)),
                .attribute(named: "fill", value: "#2b5797"),
                .element("title", .text("\(monthLabel(entry.month)) : \(shown ? String(entry.count) : "< 5") \(noun)"))
            )
        }
        let ticks = months.enumerated().filter { $0.offset % max(1, months.count / 6) == 0 }.map {
            index,
            entry -> Node<SVGContext> in
            .element(
                "text",
                .attribute(named: "x", value: format(Double(index) * slot + slot / 2)),
                .attribute(named: "y", value: format(height - 4)),
                .attribute(named: "font-size", value: "11"),
                .attribute(named: "text-anchor", value: "middle"),
                .attribute(named: "fill", value: "#333"),
                .text(monthLabel(entry.month))
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
                        + "\(monthLabel(months[months.count - 1].month)), au plus \(maximum) \(noun) par mois. "
                        + "Le tableau qui suit donne les mêmes valeurs."
                )
            ),
            .element(
                "line",
                .attribute(named: "x1", value: "0"),
                .attribute(named: "y1", value: format(height - 20)),
                .attribute(named: "x2", value: String(Int(width))),
                .attribute(named: "y2", value: format(height - 20)),
                .attribute(named: "stroke", value: "#666")
            ),
            .group(bars),
            .group(ticks)
        )
        return .group(
            .div(.class("chart-frame"), svg),
            .element(
                named: "details",
                nodes: [
                    .element(named: "summary", text: "Les valeurs du graphique en tableau"),
                    DataTable.node(
                        caption: title,
                        columns: ["Mois", noun.replacingOccurrences(of: "(s)", with: "s").capitalizedFirst],
                        rows: months.map { entry in
                            [
                                DataTable.header(monthLabel(entry.month)),
                                .td(
                                    .class("numeric"),
                                    .text(
                                        entry.count >= SuppressionRule.threshold || entry.count == 0
                                            ? String(entry.count) : "< 5"
                                    )
                                ),
                            ]
                        }
                    ),
                ]
            )
        )
    }

    /// "2026-03" → "mars 2026".
    static func monthLabel(_ month: String) -> String {
        let parts = month.split(separator: "-")
        guard parts.count == 2, let number = Int(parts[1]), (1...12).contains(number) else { return month }
        let names = [
            "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.",
        ]
        return "\(names[number - 1]) \(parts[0])"
    }

    static func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
