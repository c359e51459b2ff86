import Domain
import Persistence
import SafeHTML

/// The map of the départements coloured by their number of events in an edition, with the same figures as a table.
enum CalendarMapPage {
    static func render(
        edition: EditionRecord?,
        counts: [String: Int],
        departements: [Departement],
        page: PageContext
    ) -> HTML {
        let title = "Carte des événements" + (edition.map { " – \($0.edition.title)" } ?? "")
        let year = edition.map { String($0.edition.year) } ?? ""
        var values: [String: ChoroplethMap.Value] = [:]
        var links: [String: String] = [:]
        for departement in departements {
            values[departement.code] = .number(Double(counts[departement.code] ?? 0))
            links[departement.code] = SiteRoute.events(.calendar).path(query: [
                ("edition", year), ("departement", departement.code),
            ])
        }
        let map = ChoroplethMap(
            title: "Nombre d'événements par département",
            description: "Carte des départements colorés selon leur nombre d'événements publiés ou réalisés pendant "
                + "l'édition ; chaque département mène à sa liste d'événements. Le tableau qui suit donne les mêmes "
                + "nombres.",
            unit: "événements",
            values: values,
            format: { FrenchNumber.grouped(Int($0)) },
            links: links
        )
        return Layout.page(
            title: title,
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Semaine de l'intégration", route: .events(.calendar)),
                Breadcrumb(label: "Carte", route: nil),
            ],
            main: .group(
                .h1(.text(title)),
                .if(edition == nil, EmptyState.node("Aucune édition n'est encore programmée.")),
                .div(.class("map-frame"), map.svg(idPrefix: "carte-semaine")),
                .div(.class("map-legend"), map.legend()),
                DataTable.node(
                    caption: "Événements par département",
                    columns: ["Département", "Événements"],
                    rows: departements.filter { (counts[$0.code] ?? 0) > 0 }.map { departement in
                        [
                            .th(
                                .attribute(named: "scope", value: "row"),
                                .a(.href(links[departement.code] ?? ""), .text(departement.label))
                            ),
                            .td(.class("numeric"), .text(FrenchNumber.grouped(counts[departement.code] ?? 0))),
                        ]
                    }
                )
            )
        )
    }
}
