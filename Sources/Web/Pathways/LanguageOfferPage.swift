import Domain
import SafeHTML
import Services

/// The prefecture's view of the language offer against demand, per commune, with small counts hidden.
enum LanguageOfferPage {
    static func render(_ offer: LanguageOffer, page: PageContext) -> HTML {
        let name = offer.departement.name
        return Layout.page(
            title: "Offre linguistique – \(name)",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Accueil", route: .home),
                Breadcrumb(label: "Tableau de bord", route: .dashboardDepartement(offer.departement.code)),
                Breadcrumb(label: "Offre linguistique", route: nil),
            ],
            main: .group(
                .h1(.text("Offre linguistique et besoins – \(name)")),
                .p(
                    .text(
                        "Places des formations non terminées, dans et hors quartiers prioritaires, face aux adultes "
                            + "accompagnés qui n'ont pas le niveau A2 dans les quatre compétences (niveau exigé pour une "
                            + "première carte pluriannuelle). Les effectifs de moins de 5 personnes sont masqués, ainsi que "
                            + "ceux qui permettraient de les retrouver."
                    )
                ),
                DataTable.node(
                    caption: "Offre et besoins par commune",
                    columns: [
                        "Commune", "Formations", "Places", "dont en QPV", "Places libres", "Adultes sous A2",
                        "sans formation", "en formation", "en liste d'attente",
                    ],
                    rows: offer.lines.map { line in
                        [
                            line.communeCode.isEmpty
                                ? DataTable.header(line.communeName)
                                : .th(
                                    .attribute(named: "scope", value: "row"),
                                    .a(.href(SiteRoute.communePage(line.communeCode).path), .text(line.communeName))
                                ),
                            number(line.courses), number(line.seats),
                            number(line.seatsInQPV), number(line.seatsFree), count(line.demand),
                            count(line.withoutCourse), count(line.inCourse), count(line.waiting),
                        ]
                    } + [
                        [
                            DataTable.header("Total du département"), .td(), number(offer.totalSeats), .td(),
                            number(offer.totalFree), count(offer.totalDemand), count(offer.totalWithoutCourse),
                            count(offer.totalInCourse), count(offer.totalWaiting),
                        ]
                    ]
                ),
                .p(.class("hint"), .text(SuppressionRule.note))
            )
        )
    }

    static func number(_ value: Int) -> Node<HTML.TableRowContext> { .td(.class("numeric"), .text(String(value))) }

    static func count(_ value: PublishedCount) -> Node<HTML.TableRowContext> {
        .td(.class("numeric"), .text(SmallCountSuppression.text(value)))
    }
}
