import Domain
import Persistence
import SafeHTML
import Services

/// A commune's page: its priority neighbourhoods, the contracts that cover it, the language courses held there,
/// and the newcomers in support who live there.
enum CommunePage {
    static func render(_ place: PlaceService.CommunePage, page: PageContext) -> HTML {
        let commune = place.commune
        return Layout.page(
            title: commune.label,
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Offre linguistique", route: .languageOffer(commune.departementCode)),
                Breadcrumb(label: commune.name, route: nil),
            ],
            main: .group(
                .h1(.text(commune.label)),
                .p(.class("lead"), .text(place.departement.label)),
                .section(
                    .attribute(named: "aria-labelledby", value: "habitants"),
                    .h2(.id("habitants"), .text("Personnes accompagnées qui y habitent")),
                    PlaceNewcomersView.node(
                        place.newcomers,
                        caption: "Personnes accompagnées habitant la commune, au \(ContractText.day(place.day))"
                    )
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "quartiers"),
                    .h2(.id("quartiers"), .text("Quartiers prioritaires")),
                    place.qpv.isEmpty
                        ? .p(.text("Aucun quartier prioritaire dans la commune."))
                        : .ul(
                            .forEach(place.qpv) { qpv in
                                .li(.a(.href(SiteRoute.qpvPage(qpv.code).path), .text("\(qpv.name) (\(qpv.code))")))
                            }
                        )
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "contrats"),
                    .h2(.id("contrats"), .text("Contrats territoriaux qui couvrent la commune")),
                    place.contracts.isEmpty
                        ? EmptyState.node("Aucun contrat territorial ne couvre la commune.")
                        : ContractListPage.table(place.contracts, readable: place.readable)
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "formations"),
                    .h2(.id("formations"), .text("Formations linguistiques non terminées")),
                    place.courses.isEmpty
                        ? .p(.text("Aucune formation linguistique en cours ou à venir dans la commune."))
                        : DataTable.node(
                            caption: "Formations de la commune",
                            columns: ["Formation", "Organisme", "Niveau visé", "Dates", "Places", "Places libres"],
                            rows: place.courses.map { course in
                                [
                                    DataTable.header(course.course.title),
                                    DataTable.cell(course.providerName),
                                    DataTable.cell(course.course.targetLevel.frenchLabel),
                                    DataTable.cell(
                                        "du \(ContractText.day(course.course.startsOn)) au \(ContractText.day(course.course.endsOn))"
                                    ),
                                    DiagnosisView.number(course.course.seats),
                                    DiagnosisView.number(course.seatsLeft),
                                ]
                            }
                        )
                )
            )
        )
    }
}
