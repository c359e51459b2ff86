import Domain
import Foundation
import SafeHTML

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
        let grid = levels.map { level -> Node<SVGContext> in
            .group(
                .element(
                    "line",
                    .number("x1", left),
                    .number("y1", y(level)),
                    .number("x2", width - 10),
                    .number("y2", y(level)),
                    .attribute(named: "stroke", value: "#ddd")
                ),
                .element(
                    "text",
                    .number("x", left - 6),
                    .number("y", y(level) + 4),
                    .attribute(named: "font-size", value: "11"),
                    .attribute(named: "text-anchor", value: "end"),
                    .attribute(named: "fill", value: "#333"),
                    .text(level == .belowA1_1 ? "< A1.1" : level.frenchLabel)
                )
            )
        }
        let lines = LanguageSkill.allCases.map { skill -> Node<SVGContext> in
            var best: CEFRLevel?
            var coordinates: [String] = []
            for point in progress.points where point.skill == skill {
                let previous = best
                best = max(best ?? point.level, point.level)
                if let previous { coordinates.append("\(Markup.number(x(point.date))),\(Markup.number(y(previous)))") }
                if let best { coordinates.append("\(Markup.number(x(point.date))),\(Markup.number(y(best)))") }
            }
            guard let best else { return .empty }
            coordinates.append("\(Markup.number(x(today))),\(Markup.number(y(best)))")
            let style = styles[skill] ?? ("#000", "")
            return .element(
                "polyline",
                .attribute(named: "fill", value: "none"),
                .attribute(named: "stroke", value: style.colour),
                .attribute(named: "stroke-width", value: "2.5"),
                .attribute(named: "stroke-dasharray", value: style.dash),
                .attribute(named: "points", value: coordinates.joined(separator: " ")),
                .element("title", .text("\(skill.frenchLabel) : \(best.frenchLabel)"))
            )
        }
        let summary = LanguageSkill.allCases.map { "\($0.frenchLabel) \(progress.best($0)?.frenchLabel ?? "inconnu")" }
            .joined(separator: ", ")
        let svg: Node<HTML.BodyContext> = .svg(
            .attribute(named: "viewBox", value: "0 0 \(Int(width)) \(Int(height))"),
            .attribute(named: "role", value: "img"),
            .attribute(named: "aria-labelledby", value: "progression-titre progression-desc"),
            .class("chart"),
            .element("title", .id("progression-titre"), .text("Niveau de français par compétence")),
            .element(
                "desc",
                .id("progression-desc"),
                .text(
                    "Meilleur niveau atteint depuis le \(first.french) : \(summary). Le tableau qui suit donne chaque point."
                )
            ),
            .group(grid),
            .group(lines),
            .element(
                "text",
                .number("x", left),
                .number("y", height - 6),
                .attribute(named: "font-size", value: "11"),
                .attribute(named: "fill", value: "#333"),
                .text(first.french)
            ),
            .element(
                "text",
                .number("x", width - 10),
                .number("y", height - 6),
                .attribute(named: "font-size", value: "11"),
                .attribute(named: "text-anchor", value: "end"),
                .attribute(named: "fill", value: "#333"),
                .text("aujourd'hui")
            )
        )
        return .group(
            .div(.class("chart-frame"), svg),
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
