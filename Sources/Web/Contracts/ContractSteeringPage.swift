import Domain
import SafeHTML
import Services

/// The steering page of contracts for a territory: key figures, credits by source and by axis, actions by axis,
/// the parts of the territory, the map of contracts in force, the contracts, and the exports.
enum ContractSteeringPage {
    static func render(_ steering: ContractSteering, page: PageContext) -> HTML {
        let route = ContractSteeringHandlers.route(steering.scope)
        let year = String(steering.year)
        return Layout.page(
            title: "Contrats territoriaux – \(steering.title)",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Contrats territoriaux", route: .contracts),
                Breadcrumb(label: "Pilotage – \(steering.title)", route: nil),
            ],
            main: .group(
                .h1(.text("Contrats territoriaux – \(steering.title)")),
                .p(
                    .class("lead"),
                    .text(
                        "Année \(year) ; contrats en vigueur et signataires du CIR au \(ContractText.day(steering.day)). "
                            + "Crédits et actions des contrats signés."
                    )
                ),
                yearForm(steering, route: route),
                .ul(
                    .class("inline-list"),
                    .li(.a(.href(route.path(query: [("annee", year), ("format", "csv")])), .text("Exporter en CSV"))),
                    .li(.a(.href(route.path(query: [("annee", year), ("format", "xlsx")])), .text("Exporter en XLSX")))
                ),
                keyFigures(steering),
                money(steering),
                parts(steering),
                ContractSteeringMap.node(steering),
                .section(
                    .attribute(named: "aria-labelledby", value: "liste"),
                    .h2(.id("liste"), .text("Contrats")),
                    steering.contracts.isEmpty
                        ? EmptyState.node("Aucun contrat signé dans ce territoire.")
                        : ContractListPage.table(steering.contracts)
                )
            )
        )
    }

    static func yearForm(_ steering: ContractSteering, route: SiteRoute) -> Node<HTML.BodyContext> {
        .form(
            .method(.get),
            .action(route.path),
            .class("search-form"),
            FormField.select(
                name: "annee",
                label: "Année",
                options: (2019...max(steering.day.year, steering.year) + 1).reversed().map { (String($0), String($0)) },
                selected: String(steering.year),
                placeholder: nil
            ),
            .button(.type(.submit), .class("button"), .text("Afficher"))
        )
    }

    static func keyFigures(_ steering: ContractSteering) -> Node<HTML.BodyContext> {
        let figures = steering.figures
        return .section(
            .attribute(named: "aria-labelledby", value: "chiffres"),
            .h2(.id("chiffres"), .text("Chiffres clés")),
            .dl(
                .class("summary-list"),
                .forEach(ContractStatus.allCases) { status in
                    .group(
                        .dt(.text(ContractText.contracts(in: status))),
                        .dd(.text(FrenchNumber.grouped(figures.byStatus[status] ?? 0)))
                    )
                },
                .dt(.text("Contrats signés en \(steering.year)")),
                .dd(.text(FrenchNumber.grouped(figures.signedInYear))),
                .dt(.text("Contrats en vigueur au \(ContractText.day(steering.day))")),
                .dd(.text(FrenchNumber.grouped(figures.inForce))),
                .dt(.text("Actions des contrats signés")),
                .dd(.text(FrenchNumber.grouped(figures.actions))),
                .dt(.text("Signataires du CIR accompagnés vivant dans un territoire sous contrat")),
                .dd(.text(share(figures)))
            )
        )
    }

    /// The share of CIR signatories under contract, as published: "45 %", hidden under 5.
    static func share(_ figures: ContractSteering.Figures) -> String {
        ContractText.rate(
            SmallCountSuppression.rate(numerator: figures.cirUnderContract, denominator: figures.cirSignatories)
        )
    }
}
