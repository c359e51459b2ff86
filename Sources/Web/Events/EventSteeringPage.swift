import Domain
import Persistence
import SafeHTML
import Services

/// Steering: key figures, then events, registrations and participants per département and per theme, each edition
/// in its own column so that editions compare at a glance. Event counts and participants identify no one, so they are
/// shown whole.
enum EventSteeringPage {
    static func render(_ steering: EventSteering, page: PageContext) -> HTML {
        let editions = Array(steering.editions.prefix(3).reversed())
        return Layout.page(
            title: "Pilotage de la Semaine et des rencontres",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Accueil", route: .home), Breadcrumb(label: "Semaine et rencontres", route: nil),
            ],
            main: .group(
                .h1(.text("Pilotage de la Semaine de l'intégration et des rencontres territoriales")),
                keyFigures(steering, latest: steering.editions.first),
                .h2(.text("Par édition")),
                DataTable.node(
                    caption: "Événements, inscriptions et participants de chaque édition",
                    columns: ["Édition", "Événements", "Inscriptions", "Participants"],
                    rows: editions.map { edition -> [Node<HTML.TableRowContext>] in
                        let total = steering.total(edition.id)
                        return [
                            DataTable.header(edition.edition.title), number(total.events),
                            number(total.registrations), number(total.participants),
                        ]
                    }
                ),
                comparison(
                    "Événements par département",
                    rowHeader: "Département",
                    rows: steering.departementNames.sorted { $0.key < $1.key }.map {
                        ($0.key, "\($0.value) (\($0.key))")
                    },
                    editions: editions,
                    figures: steering.byDepartement
                ),
                comparison(
                    "Événements par thème",
                    rowHeader: "Thème",
                    rows: EventTheme.allCases.map { ($0.rawValue, $0.label) },
                    editions: editions,
                    figures: steering.byTheme
                ),
                .p(
                    .a(
                        .href(SiteRoute.events(.meetings).path),
                        .text("Rencontres territoriales et suivi des décisions")
                    ),
                    .text(" · "),
                    .a(
                        .href(SiteRoute.indicatorCatalogue.path + "#indicateur-SEMAINE_EVENEMENTS"),
                        .text("Définitions des indicateurs")
                    )
                )
            )
        )
    }

    static func number(_ value: Int) -> Node<HTML.TableRowContext> {
        .td(.class("numeric"), .text(FrenchNumber.grouped(value)))
    }

    static func keyFigures(_ steering: EventSteering, latest: EditionRecord?) -> Node<HTML.BodyContext> {
        let total = latest.map { steering.total($0.id) } ?? EditionFigures()
        let values: [(IndicatorDefinition, Int)] = [
            (IndicatorCatalogue.weekEvents, total.events), (IndicatorCatalogue.weekRegistrations, total.registrations),
            (IndicatorCatalogue.weekParticipants, total.participants),
            (IndicatorCatalogue.meetingsHeld, steering.meetingsHeld),
            (IndicatorCatalogue.overdueDecisions, steering.decisionsOverdue),
        ]
        return DataTable.node(
            caption: "Chiffres clés"
                + (latest.map { " (\($0.edition.title) ; rencontres des 12 derniers mois)" } ?? ""),
            columns: ["Indicateur", "Valeur"],
            rows: values.map { indicator, value in
                [DataTable.header(indicator.label), number(value)]
            } + [[DataTable.header("Décisions de rencontres en cours"), number(steering.decisionsOpen)]]
        )
    }

    static func comparison(
        _ title: String,
        rowHeader: String,
        rows: [(key: String, label: String)],
        editions: [EditionRecord],
        figures: [String: [String: EditionFigures]]
    ) -> Node<HTML.BodyContext> {
        let shown = rows.filter { row in editions.contains { (figures[$0.id]?[row.key]?.events ?? 0) > 0 } }
        return .section(
            .h2(.text(title)),
            shown.isEmpty
                ? EmptyState.node("Aucun événement publié ou réalisé.")
                : DataTable.node(
                    caption: "\(title) (participants entre parenthèses), par édition",
                    columns: [rowHeader] + editions.map { $0.edition.title },
                    rows: shown.map { row in
                        [DataTable.header(row.label)]
                            + editions.map { edition -> Node<HTML.TableRowContext> in
                                let value = figures[edition.id]?[row.key] ?? EditionFigures()
                                return .td(
                                    .class("numeric"),
                                    .text(
                                        "\(FrenchNumber.grouped(value.events)) "
                                            + "(\(FrenchNumber.grouped(value.participants)))"
                                    )
                                )
                            }
                    }
                )
        )
    }
}
