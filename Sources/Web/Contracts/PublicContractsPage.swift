import Domain
import SafeHTML
import Services

/// The public list of signed territorial contracts, for anyone: signatories, axes and dates, as a page and a file.
enum PublicContractsPage {
    static func render(_ contracts: [ContractSummary], names: [String: String], page: PageContext) -> HTML {
        Layout.page(
            title: "Contrats territoriaux signés",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Données ouvertes", route: .openData),
                Breadcrumb(label: "Contrats signés", route: nil),
            ],
            main: .group(
                .h1(.text("Contrats territoriaux d'accueil et d'intégration signés")),
                .p(
                    .text(
                        "Les contrats signés entre l'État et les collectivités pour l'accueil et l'intégration des "
                            + "personnes étrangères primo-arrivantes : CTAI, contrats de ville 2024–2030 valant CTAI et "
                            + "projets territoriaux (PTAI)."
                    )
                ),
                .p(.a(.href(SiteRoute.publicContractsCSV.path), .text("Télécharger la liste (CSV)"))),
                contracts.isEmpty
                    ? EmptyState.node("Aucun contrat signé pour l'instant.")
                    : .ul(.class("card-list"), .forEach(contracts) { .li(card($0, names: names)) })
            )
        )
    }

    /// One signed contract: kind, département, signatories, axes and dates.
    static func card(_ summary: ContractSummary, names: [String: String]) -> Node<HTML.BodyContext> {
        let contract = summary.contract
        return .div(
            .class("card"),
            .h2(.text(contract.title)),
            .dl(
                .class("summary-list"),
                .dt(.text("Type")),
                .dd(.text(contract.kind.label)),
                .dt(.text("Département")),
                .dd(.text(ContractText.departements(contract.departements, names: names))),
                .dt(.text("Signataires")),
                .dd(.ul(.forEach(summary.signatories) { .li(.text(ContractText.signatory($0))) })),
                .dt(.text("Axes")),
                .dd(.ul(.forEach(summary.axes) { .li(.text($0.title)) })),
                .dt(.text("Signé le")),
                .dd(.text(ContractText.day(contract.signedOn))),
                .dt(.text("Durée")),
                .dd(.text(ContractText.period(contract.period))),
                .dt(.text("État")),
                .dd(.text(contract.status.label))
            )
        )
    }

    /// The same list as a file: one row per contract, signatories and axes joined by " / ".
    static func rows(_ contracts: [ContractSummary], names: [String: String]) -> [[String]] {
        [
            [
                "intitule", "type", "departements", "signataires", "siren_collectivites", "axes", "signe_le", "debut",
                "fin", "etat",
            ]
        ]
            + contracts.map { summary in
                let contract = summary.contract
                return [
                    contract.title, contract.kind.shortLabel,
                    ContractText.departements(contract.departements, names: names),
                    summary.signatories.map(ContractText.signatory).joined(separator: " / "),
                    summary.signatories.compactMap(\.siren).joined(separator: " / "),
                    summary.axes.map(\.title).joined(separator: " / "), contract.signedOn?.iso ?? "",
                    contract.period.startsOn.iso, contract.period.endsOn.iso, contract.status.label,
                ]
            }
    }
}
