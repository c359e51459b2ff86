import Domain
import SafeHTML
import Services

/// The contracts the viewer follows, with the way to prepare one (prefecture) and to the steering pages.
enum ContractListPage {
    static func render(_ contracts: [ContractSummary], page: PageContext) -> HTML {
        let role = page.account?.role
        return Layout.page(
            title: "Contrats territoriaux",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Accueil", route: .home), Breadcrumb(label: "Contrats territoriaux", route: nil),
            ],
            main: .group(
                .h1(.text("Contrats territoriaux d'accueil et d'intégration")),
                .p(
                    .class("lead"),
                    .text(
                        "CTAI, contrats de ville 2024–2030 valant CTAI et projets territoriaux (PTAI) : signataires, "
                            + "territoire, diagnostic partagé, axes, actions, financements et comités de pilotage."
                    )
                ),
                .ul(
                    .class("inline-list"),
                    .if(
                        role == .prefecture,
                        .li(.a(.class("button"), .href(SiteRoute.contractNew.path), .text("Préparer un contrat")))
                    ),
                    .if(
                        SteeringRoles().admits(role ?? .partenaire),
                        .li(.a(.href(SiteRoute.contractSteering.path), .text("Pilotage des contrats")))
                    ),
                    .li(.a(.href(SiteRoute.publicContracts.path), .text("Liste publique des contrats signés")))
                ),
                contracts.isEmpty
                    ? EmptyState.node(
                        role == .partenaire
                            ? "Votre organisation n'a signé aucun contrat et n'en porte aucune action."
                            : "Aucun contrat dans votre périmètre pour l'instant."
                    )
                    : table(contracts)
            )
        )
    }

    /// The contracts as a table; titles link to the contracts' pages, except those not in `readable` when given.
    static func table(_ contracts: [ContractSummary], readable: Set<String>? = nil) -> Node<HTML.BodyContext> {
        DataTable.node(
            caption: "Contrats, par département puis par intitulé",
            columns: ["Contrat", "Type", "Département", "État", "Signé le", "Fin", "Collectivités signataires"],
            rows: contracts.map { summary in
                let contract = summary.contract
                return [
                    readable.map { $0.contains(contract.id) } ?? true
                        ? DataTable.link(contract.title, SiteRoute.contract(contract.id).path)
                        : DataTable.cell(contract.title),
                    DataTable.cell(contract.kind.shortLabel),
                    DataTable.cell(contract.departements.joined(separator: ", ")),
                    DataTable.cell(contract.status.label),
                    DataTable.cell(ContractText.day(contract.signedOn)),
                    DataTable.cell(ContractText.day(contract.period.endsOn)),
                    DataTable.cell(
                        summary.signatories.filter { !$0.isState }.map(\.name).joined(separator: ", ").nonEmpty ?? "–"
                    ),
                ]
            }
        )
    }
}

extension String {
    /// The text, or nil when it is empty.
    var nonEmpty: String? { isEmpty ? nil : self }
}
