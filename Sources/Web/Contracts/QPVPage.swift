import Domain
import Persistence
import SafeHTML
import Services

/// A QPV's page: where it is, the contracts and actions that serve it with their credits of the year, and the
/// newcomers in support who live there.
enum QPVPage {
    static func render(_ place: PlaceService.QPVPage, page: PageContext) -> HTML {
        let area = place.area
        let title = "\(area.name) (\(area.code))"
        return Layout.page(
            title: title,
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Pilotage des contrats", route: .contractSteeringDepartement(area.departementCode)),
                Breadcrumb(label: "Quartier \(area.name)", route: nil),
            ],
            main: .group(
                .h1(.text("Quartier prioritaire \(title)")),
                .p(
                    .class("lead"),
                    .text(
                        "Quartier prioritaire de la politique de la ville (liste 2024), \(place.departement.label)"
                            + (area.epciName.map { ", \($0)" } ?? "") + "."
                    )
                ),
                .p(
                    .text("Communes : "),
                    .forEach(place.communes.enumerated()) { index, commune in
                        .group(
                            .if(index > 0, .text(", ")),
                            .a(.href(SiteRoute.communePage(commune.code).path), .text(commune.label))
                        )
                    }
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "habitants"),
                    .h2(.id("habitants"), .text("Personnes accompagnées qui y habitent")),
                    PlaceNewcomersView.node(
                        place.newcomers,
                        caption: "Personnes accompagnées habitant le quartier, au \(ContractText.day(place.day))"
                    )
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "contrats"),
                    .h2(.id("contrats"), .text("Contrats et actions qui servent le quartier")),
                    place.contracts.isEmpty
                        ? EmptyState.node("Aucun contrat territorial ne couvre ce quartier.")
                        : .group(
                            .forEach(place.contracts) { entry in
                                contract(entry.summary, actions: entry.actions, linked: place.readable)
                            }
                        ),
                    DataTable.node(
                        caption:
                            "Crédits \(place.day.year) des actions des contrats signés qui servent le quartier, en euros",
                        columns: ["Financeur", "Montant"],
                        rows: FundingSource.allCases.map { source in
                            [DataTable.header(source.label), ContractPage.amount(place.credits[source])]
                        } + [[DataTable.header("Total"), ContractPage.amount(place.credits.total)]]
                    ),
                    .p(
                        .class("hint"),
                        .text("Une action qui sert plusieurs quartiers y compte pour son montant entier dans chacun.")
                    )
                )
            )
        )
    }

    /// A contract serving the QPV with its actions there; linked when the viewer may open it.
    static func contract(
        _ summary: ContractSummary,
        actions: [ContractActionRecord],
        linked: Set<String>
    )
        -> Node<HTML.BodyContext>
    {
        let contract = summary.contract
        let open = linked.contains(contract.id)
        return .group(
            .h3(open ? .a(.href(SiteRoute.contract(contract.id).path), .text(contract.title)) : .text(contract.title)),
            .p(.text("\(contract.kind.shortLabel) – \(contract.status.label)")),
            actions.isEmpty
                ? .p(.text("Aucune action de ce contrat ne cible le quartier."))
                : .ul(
                    .forEach(actions) { action in
                        let text = "\(action.title) (\(action.leadName))"
                        return .li(
                            open ? .a(.href(SiteRoute.contractActionPage(action.id).path), .text(text)) : .text(text)
                        )
                    }
                )
        )
    }
}
