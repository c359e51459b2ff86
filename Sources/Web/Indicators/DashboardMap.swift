import Domain
import SafeHTML
import Services

/// The choropleth map of the chosen indicator over the dashboard's départements, with its legend; the comparison
/// table of the page and the table of this section give the same figures in text.
enum DashboardMap {
    static func node(
        _ dashboard: Dashboard,
        indicator: IndicatorDefinition,
        links: (Dashboard.Scope) -> String?
    ) -> Node<HTML.BodyContext> {
        let codes = dashboard.departementNames.keys.filter { dashboard.byDepartement[$0] != nil }.sorted()
        let column = PublishedColumn(
            indicator,
            parts: codes.map { dashboard.byDepartement[$0] ?? .init() },
            total: dashboard.total
        )
        var values: [String: ChoroplethMap.Value] = [:]
        var hrefs: [String: String] = [:]
        for (index, code) in codes.enumerated() {
            values[code] =
                column.masked[index]
                ? .masked : column.hidden[index] ? .suppressed : column.numbers[index].map { .number($0) } ?? .missing
            hrefs[code] = links(.departement(code))
        }
        let unit = indicator.unit
        let map = ChoroplethMap(
            title: "\(indicator.label) par département",
            description: "Carte des départements colorés selon « \(indicator.label) » sur la période "
                + "\(dashboard.period.label) ; les départements hachurés ont une valeur masquée (« < 5 » ou « s »), "
                + "les gris n'ont pas de donnée. Le tableau qui suit la carte donne les mêmes valeurs.",
            unit: unit.rawValue,
            values: values,
            format: { value in
                switch unit {
                case .percent: PublishedColumn.percent(value)
                case .days: "\(PublishedColumn.decimal(value)) j"
                case .count: PublishedColumn.decimal(value)
                }
            },
            links: hrefs
        )
        return .section(
            .attribute(named: "aria-labelledby", value: "carte"),
            .h2(
                .id("carte"),
                .attribute(named: "tabindex", value: "-1"),
                .text("Carte : \(indicator.label) – \(dashboard.period.label)")
            ),
            .div(.class("map-frame"), map.svg(idPrefix: "carte")),
            .div(.class("map-legend"), map.legend()),
            .element(
                named: "details",
                nodes: [
                    .element(named: "summary", text: "Les valeurs de la carte en tableau"),
                    DataTable.node(
                        caption: "\(indicator.label) par département",
                        columns: ["Département", indicator.label],
                        rows: codes.enumerated().map { index, code in
                            [
                                DataTable.header("\(dashboard.departementNames[code] ?? code) (\(code))"),
                                .td(.class("numeric"), .text(column.cells[index])),
                            ]
                        }
                    ),
                    SuppressionNote.node(for: column.cells),
                ]
            )
        )
    }
}
