import Domain
import Foundation
import SafeHTML
import Services

/// A dashboard page: key figures, the map of the chosen indicator, the comparison of the territory's parts, exits
/// by reason and referrals per month. Aggregates only, small counts hidden; works without JavaScript.
enum DashboardPage {
    /// The indicators of the comparison table and the exports.
    static let compared: [IndicatorDefinition] = [
        IndicatorCatalogue.referrals, IndicatorCatalogue.householdsInSupport, IndicatorCatalogue.personsInSupport,
        IndicatorCatalogue.welcomeDelay, IndicatorCatalogue.contractWithinMonth, IndicatorCatalogue.exits,
        IndicatorCatalogue.housingExit, IndicatorCatalogue.activityExit, IndicatorCatalogue.franceTravail,
    ]

    /// The compared indicators over the dashboard's parts, as published (small counts hidden).
    static func columns(_ dashboard: Dashboard) -> [PublishedColumn] {
        compared.map { PublishedColumn($0, parts: dashboard.parts.map(\.figures), total: dashboard.total) }
    }

    /// The page's choices: period, mapped indicator, sort column.
    struct Choices: Sendable {
        let indicator: IndicatorDefinition
        let sort: String
    }

    static func page(
        _ dashboard: Dashboard,
        choices: Choices,
        route: SiteRoute,
        links: (Dashboard.Scope) -> String?,
        today: CalendarDay,
        page: PageContext
    ) -> HTML {
        let columns = columns(dashboard)
        let query: [(String, String)] = [
            ("periode", dashboard.period.parameter), ("indicateur", choices.indicator.code),
        ]
        return Layout.page(
            title: "Tableau de bord – \(dashboard.title)",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Accueil", route: .home), Breadcrumb(label: "Tableau de bord", route: nil),
            ],
            main: .group(
                .h1(.text("Tableau de bord – \(dashboard.title)")),
                .p(
                    .class("hint"),
                    .text(
                        "Période : \(dashboard.period.label). Données agrégées ; effectifs de 1 à 4 masqués (« < 5 »)."
                    )
                ),
                form(dashboard, choices: choices, route: route, today: today),
                offerLink(dashboard),
                keyFigures(dashboard),
                .if(showsMap(dashboard), DashboardMap.node(dashboard, indicator: choices.indicator, links: links)),
                comparison(dashboard, columns: columns, choices: choices, route: route, query: query, links: links),
                exitsByReason(dashboard),
                .forEach(dashboard.series) { series in
                    .section(
                        .attribute(named: "aria-labelledby", value: "serie-\(series.event.rawValue)"),
                        .h2(.id("serie-\(series.event.rawValue)"), .text(series.title)),
                        TimeSeriesChart.node(
                            series.months,
                            id: "graphique-\(series.event.rawValue)",
                            title: series.title,
                            noun: series.noun
                        )
                    )
                },
                .p(
                    .class("no-print"),
                    .a(.href(route.path(query: query + [("format", "csv")])), .text("Télécharger le tableau (CSV)")),
                    .text(" · "),
                    .a(.href(route.path(query: query + [("format", "xlsx")])), .text("Télécharger le tableau (XLSX)"))
                ),
                statisticalExtract(dashboard, account: page.account)
            )
        )
    }

    /// On a département's dashboard, the way to its language offer against demand.
    static func offerLink(_ dashboard: Dashboard) -> Node<HTML.BodyContext> {
        guard case .departement(let code) = dashboard.scope else { return .empty }
        return .p(
            .a(
                .href(SiteRoute.languageOffer(code).path),
                .text("Offre de formation linguistique face aux besoins, par commune et QPV")
            )
        )
    }

    /// A map of départements for the nation and the regions; a département's page compares its operators instead.
    static func showsMap(_ dashboard: Dashboard) -> Bool {
        if case .departement = dashboard.scope { false } else { true }
    }

    static func form(
        _ dashboard: Dashboard,
        choices: Choices,
        route: SiteRoute,
        today: CalendarDay
    )
        -> Node<HTML.BodyContext>
    {
        // After "Afficher", the page opens at what changed (the map, or the comparison of a département's
        // operators), whose heading takes the focus and is read out: the new indicator or period is announced.
        .form(
            .method(.get),
            .action(route.path + (showsMap(dashboard) ? "#carte" : "#comparaison")),
            .class("search-form no-print"),
            FormField.select(
                name: "periode",
                label: "Période",
                options: IndicatorPeriod.choices(today: today),
                selected: dashboard.period.parameter,
                placeholder: nil
            ),
            FormField.select(
                name: "indicateur",
                label: "Indicateur de la carte",
                options: IndicatorCatalogue.all.map { ($0.code, $0.label) },
                selected: choices.indicator.code,
                placeholder: nil
            ),
            .button(.type(.submit), .class("button"), .text("Afficher"))
        )
    }

    static func keyFigures(_ dashboard: Dashboard) -> Node<HTML.BodyContext> {
        DataTable.node(
            caption: "Chiffres clés",
            columns: ["Indicateur", "Valeur", "Cible nationale"],
            rows: IndicatorCatalogue.all.map { indicator in
                let column = PublishedColumn(indicator, parts: [], total: dashboard.total)
                return [
                    .th(
                        .attribute(named: "scope", value: "row"),
                        .a(
                            .href(SiteRoute.indicatorCatalogue.path + "#indicateur-\(indicator.code)"),
                            .text(indicator.label)
                        )
                    ),
                    .td(.class("numeric"), .text(column.total)),
                    DataTable.cell(indicator.target.map { IndicatorCataloguePage.target($0, indicator.unit) } ?? "–"),
                ]
            }
        )
    }

    static func comparison(
        _ dashboard: Dashboard,
        columns: [PublishedColumn],
        choices: Choices,
        route: SiteRoute,
        query: [(String, String)],
        links: (Dashboard.Scope) -> String?
    ) -> Node<HTML.BodyContext> {
        let sortIndex = compared.firstIndex { $0.code == choices.sort }
        var order = Array(dashboard.parts.indices)
        if let sortIndex {
            // Largest first; hidden and undefined values last, then by name.
            order.sort { left, right in
                let a = columns[sortIndex].numbers[left] ?? -1
                let b = columns[sortIndex].numbers[right] ?? -1
                return a != b ? a > b : dashboard.parts[left].name < dashboard.parts[right].name
            }
        }
        return .section(
            .attribute(named: "aria-labelledby", value: "comparaison"),
            .h2(
                .id("comparaison"),
                .attribute(named: "tabindex", value: "-1"),
                .text("Comparaison par \(dashboard.partLabel.lowercased()) – \(dashboard.period.label)")
            ),
            .p(.class("hint"), .text("Cliquez sur un en-tête pour trier du plus grand au plus petit.")),
            .div(
                .class("table-scroll"),
                .table(
                    .class("table"),
                    .caption(.text("\(dashboard.partLabel)s : indicateurs de la période")),
                    .thead(
                        .tr(
                            .th(.attribute(named: "scope", value: "col"), .text(dashboard.partLabel)),
                            .forEach(Array(compared.enumerated())) { index, indicator in
                                .th(
                                    .attribute(named: "scope", value: "col"),
                                    .if(sortIndex == index, .attribute(named: "aria-sort", value: "descending")),
                                    .a(
                                        .href(route.path(query: query + [("tri", indicator.code)]) + "#comparaison"),
                                        .text(indicator.label)
                                    )
                                )
                            }
                        )
                    ),
                    .tbody(
                        .forEach(order) { index in
                            let part = dashboard.parts[index]
                            return .tr(
                                .th(
                                    .attribute(named: "scope", value: "row"),
                                    .unwrap(
                                        part.scope.flatMap(links),
                                        { .a(.href($0), .text(part.name)) },
                                        else: .text(part.name)
                                    )
                                ),
                                .forEach(columns) { column in .td(.class("numeric"), .text(column.cells[index])) }
                            )
                        },
                        .tr(
                            .th(.attribute(named: "scope", value: "row"), .text("Total")),
                            .forEach(columns) { column in .td(.class("numeric"), .strong(.text(column.total))) }
                        )
                    )
                )
            ),
            SuppressionNote.node(for: columns.flatMap { $0.cells + [$0.total] })
        )
    }

    static func exitsByReason(_ dashboard: Dashboard) -> Node<HTML.BodyContext> {
        let reasons = ExitReason.allCases
        let published = SmallCountSuppression.apply(
            list: reasons.map { dashboard.total.exitsByReason[$0.rawValue] ?? 0 }
        )
        let texts = (published.values + [published.total]).map(SmallCountSuppression.text)
        return .group(
            DataTable.node(
                caption: "Sorties par motif",
                columns: ["Motif", "Sorties"],
                rows: zip(reasons, published.values).map { reason, value in
                    [DataTable.header(reason.label), .td(.class("numeric"), .text(SmallCountSuppression.text(value)))]
                } + [
                    [
                        DataTable.header("Total"),
                        .td(.class("numeric"), .text(SmallCountSuppression.text(published.total))),
                    ]
                ]
            ),
            SuppressionNote.node(for: texts)
        )
    }
}
