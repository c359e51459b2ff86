import Domain
import Foundation
import Plot

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
        let grid = axis.ticks.map { tick in
            """
            <line x1="\(format(left))" y1="\(format(y(Double(tick))))" x2="\(format(width - right))" \
            y2="\(format(y(Double(tick))))" stroke="#d0d0d0"/>\
            <text x="\(format(left - 6))" y="\(format(y(Double(tick)) + 4))" font-size="12" text-anchor="end" \
            fill="#333">\(FrenchNumber.grouped(tick))</text>
            """
        }.joined()
        let bars = months.enumerated().map { index, entry -> String in
            let hidden = SuppressionRule.isSmall(entry.count)
            // A hidden month is drawn up to the threshold: its true value is somewhere below.
            let value = hidden ? Double(SuppressionRule.threshold) : Double(entry.count)
            let x = left + Double(index) * slot + slot * 0.15
            let label = "\(monthLabel(entry.month)) : \(text(entry.count, noun: noun))"
            return """
                <rect x="\(format(x))" y="\(format(y(value)))" width="\(format(slot * 0.7))" \
                height="\(format(y(0) - y(value)))" fill="\(hidden ? "url(#\(id)-hachures)" : "#2b5797")" \
                \(hidden ? "stroke=\"#2b5797\" stroke-dasharray=\"3 2\"" : "")><title>\(Markup.escape(label))</title></rect>
                """
        }.joined()
        let labels = months.enumerated().map { index, entry -> String in
            let x = format(left + Double(index) * slot + slot / 2)
            let (month, year) = shortMonth(entry.month)
            // The year under January and under the first month, so that twelve labels fit without overlapping.
            let showsYear = index == 0 || month.hasPrefix("janv")
            return "<text x=\"\(x)\" y=\"\(format(height - bottom + 16))\" font-size=\"12\" text-anchor=\"middle\" "
                + "fill=\"#333\">\(Markup.escape(month))</text>"
                + (showsYear
                    ? "<text x=\"\(x)\" y=\"\(format(height - bottom + 32))\" font-size=\"12\" text-anchor=\"middle\" "
                        + "fill=\"#333\">\(Markup.escape(year))</text>" : "")
        }.joined()
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(width)) \(Int(height))" role="img" \
            aria-labelledby="\(id)-titre \(id)-desc" class="chart"><title id="\(id)-titre">\(Markup.escape(title))</title>\
            <desc id="\(id)-desc">Diagramme en barres : de \(Markup.escape(monthLabel(months[0].month))) à \
            \(Markup.escape(monthLabel(months[months.count - 1].month))), au plus \(axis.maximum) par mois ; les mois \
            hachurés comptent moins de \(SuppressionRule.threshold) \(Markup.escape(noun))s (valeur masquée). \
            Le tableau qui suit donne les mêmes valeurs.</desc>\
            <defs><pattern id="\(id)-hachures" width="6" height="6" patternUnits="userSpaceOnUse" \
            patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/>\
            <line x1="0" y1="0" x2="0" y2="6" stroke="#2b5797" stroke-width="2.5"/></pattern></defs>\
            \(grid)<line x1="\(format(left))" y1="\(format(y(0)))" x2="\(format(width - right))" y2="\(format(y(0)))" \
            stroke="#333"/>\(bars)\(labels)</svg>
            """
        let anyHidden = months.contains { SuppressionRule.isSmall($0.count) }
        return .group(
            .div(.class("chart-frame"), .raw(svg)),
            .ul(
                .class("chart-legend"),
                .li(.span(.class("legend-swatch legend-bar")), .text("\(noun.capitalizedFirst)s du mois")),
                .if(
                    anyHidden,
                    .li(
                        .span(.class("legend-swatch legend-hatched")),
                        .text("Moins de \(SuppressionRule.threshold) (« < 5 ») : valeur masquée, barre dessinée jusqu'à 5")
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
}
