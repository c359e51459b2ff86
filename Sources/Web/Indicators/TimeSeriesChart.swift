import Domain
import Foundation
import Plot

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
        let bars = months.enumerated().map { index, entry -> String in
            let shown = entry.count >= SuppressionRule.threshold || entry.count == 0
            let barHeight = shown ? (height - 30) * Double(entry.count) / Double(maximum) : 0
            let x = Double(index) * slot + slot * 0.15
            let y = height - 20 - barHeight
            let label = "\(monthLabel(entry.month)) : \(shown ? String(entry.count) : "< 5") \(noun)"
            return """
                <rect x="\(format(x))" y="\(format(y))" width="\(format(slot * 0.7))" height="\(format(barHeight))" \
                fill="#2b5797"><title>\(XMLText.escaped(label))</title></rect>
                """
        }.joined()
        let ticks = months.enumerated().filter { $0.offset % max(1, months.count / 6) == 0 }.map { index, entry in
            "<text x=\"\(format(Double(index) * slot + slot / 2))\" y=\"\(format(height - 4))\" font-size=\"11\" "
                + "text-anchor=\"middle\" fill=\"#333\">\(XMLText.escaped(monthLabel(entry.month)))</text>"
        }.joined()
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(width)) \(Int(height))" role="img" \
            aria-labelledby="\(id)-titre \(id)-desc" class="chart"><title id="\(id)-titre">\(XMLText.escaped(title))</title>\
            <desc id="\(id)-desc">Diagramme en barres : de \(XMLText.escaped(monthLabel(months[0].month))) à \
            \(XMLText.escaped(monthLabel(months[months.count - 1].month))), au plus \(maximum) \(XMLText.escaped(noun)) par mois. \
            Le tableau qui suit donne les mêmes valeurs.</desc>\
            <line x1="0" y1="\(format(height - 20))" x2="\(Int(width))" y2="\(format(height - 20))" stroke="#666"/>\
            \(bars)\(ticks)</svg>
            """
        return .group(
            .div(.class("chart-frame"), .raw(svg)),
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
