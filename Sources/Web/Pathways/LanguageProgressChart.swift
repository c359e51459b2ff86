import Domain
import Foundation
import Plot

/// A person's level per skill over time as a small SVG step chart, with the same points in a table.
enum LanguageProgressChart {
    static let width = 560.0
    static let height = 220.0
    static let left = 90.0
    static let bottom = 24.0
    /// One colour and dash pattern per skill, so that the lines differ without colour too.
    static let styles: [LanguageSkill: (colour: String, dash: String)] = [
        .oralComprehension: ("#1f4e8c", ""), .writtenComprehension: ("#8c1f4e", "6 3"),
        .oralExpression: ("#2e6b1f", "2 3"), .writtenExpression: ("#6b4e1f", "10 3 2 3"),
    ]

    /// The chart and its table, or a sentence when nothing is known yet.
    static func node(_ progress: LanguageProgress, today: CalendarDay) -> Node<HTML.BodyContext> {
        guard let first = progress.points.first?.date else {
            return EmptyState.node(
                "Aucun niveau connu : saisissez une évaluation, le positionnement du CIR ou une certification."
            )
        }
        let span = Double(max(1, first.days(to: today)))
        let levels = CEFRLevel.allCases
        let plotHeight = height - bottom - 10
        let x = { (day: CalendarDay) in left + (width - left - 10) * Double(first.days(to: day)) / span }
        let y = { (level: CEFRLevel) in 10 + plotHeight * (1 - Double(level.rank) / Double(levels.count - 1)) }
        let grid = levels.map { level in
            "<line x1=\"\(Markup.number(left))\" y1=\"\(Markup.number(y(level)))\" x2=\"\(Markup.number(width - 10))\" y2=\"\(Markup.number(y(level)))\" "
                + "stroke=\"#ddd\"/><text x=\"\(Markup.number(left - 6))\" y=\"\(Markup.number(y(level) + 4))\" font-size=\"11\" "
                + "text-anchor=\"end\" fill=\"#333\">\(XMLText.escaped(level == .belowA1_1 ? "< A1.1" : level.frenchLabel))</text>"
        }.joined()
        let lines = LanguageSkill.allCases.map { skill -> String in
            var best: CEFRLevel?
            var coordinates: [String] = []
            for point in progress.points where point.skill == skill {
                let previous = best
                best = max(best ?? point.level, point.level)
                if let previous { coordinates.append("\(Markup.number(x(point.date))),\(Markup.number(y(previous)))") }
                if let best { coordinates.append("\(Markup.number(x(point.date))),\(Markup.number(y(best)))") }
            }
            guard let best else { return "" }
            coordinates.append("\(Markup.number(x(today))),\(Markup.number(y(best)))")
            let style = styles[skill] ?? ("#000", "")
            return "<polyline fill=\"none\" stroke=\"\(style.colour)\" stroke-width=\"2.5\" "
                + "stroke-dasharray=\"\(style.dash)\" points=\"\(coordinates.joined(separator: " "))\">"
                + "<title>\(XMLText.escaped(skill.frenchLabel)) : \(XMLText.escaped(best.frenchLabel))</title></polyline>"
        }.joined()
        let axis =
            "<text x=\"\(Markup.number(left))\" y=\"\(Markup.number(height - 6))\" font-size=\"11\" fill=\"#333\">\(XMLText.escaped(first.french))</text>"
            + "<text x=\"\(Markup.number(width - 10))\" y=\"\(Markup.number(height - 6))\" font-size=\"11\" text-anchor=\"end\" fill=\"#333\">"
            + "aujourd'hui</text>"
        let summary = LanguageSkill.allCases.map { "\($0.frenchLabel) \(progress.best($0)?.frenchLabel ?? "inconnu")" }
            .joined(separator: ", ")
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(width)) \(Int(height))" role="img" \
            aria-labelledby="progression-titre progression-desc" class="chart"><title id="progression-titre">\
            Niveau de français par compétence</title><desc id="progression-desc">Meilleur niveau atteint depuis le \
            \(XMLText.escaped(first.french)) : \(XMLText.escaped(summary)). Le tableau qui suit donne chaque point.</desc>\
            \(grid)\(lines)\(axis)</svg>
            """
        return .group(
            .div(.class("chart-frame"), .raw(svg)),
            .ul(
                .class("chart-legend"),
                .forEach(LanguageSkill.allCases) { skill in
                    .li(
                        .span(
                            .class("legend-line"),
                            .attribute(named: "data-skill", value: skill.rawValue),
                            .attribute(named: "aria-hidden", value: "true")
                        ),
                        .text(
                            "\(skill.frenchLabel.capitalizedFirst) : \(progress.best(skill)?.frenchLabel ?? "inconnu")"
                        )
                    )
                }
            ),
            .element(
                named: "details",
                nodes: [
                    .element(named: "summary", text: "Les niveaux du graphique en tableau"),
                    DataTable.node(
                        caption: "Niveaux connus, du plus ancien au plus récent",
                        columns: ["Date", "Compétence", "Niveau", "Source"],
                        rows: progress.points.map { point in
                            [
                                DataTable.header(point.date.french), DataTable.cell(point.skill.frenchLabel),
                                DataTable.cell(point.level.frenchLabel), DataTable.cell(point.source),
                            ]
                        }
                    ),
                ]
            )
        )
    }

}
