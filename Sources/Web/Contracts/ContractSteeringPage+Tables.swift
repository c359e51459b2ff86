import Domain
import SafeHTML
import Services

extension ContractSteeringPage {
    /// Credits by source, credits by axis domain and actions by axis domain.
    static func money(_ steering: ContractSteering) -> Node<HTML.BodyContext> {
        let total = steering.figures.totalCredits
        return .section(
            .attribute(named: "aria-labelledby", value: "credits"),
            .h2(.id("credits"), .text("Crédits \(steering.year)")),
            DataTable.node(
                caption: "Crédits \(steering.year) des actions, par financeur, en euros",
                columns: ["Financeur", "Montant"],
                rows: FundingSource.allCases.map { source in
                    [DataTable.header(source.label), ContractPage.amount(steering.figures.credits[source] ?? .zero)]
                } + [[DataTable.header("Total"), ContractPage.amount(total)]]
            ),
            DataTable.node(
                caption: "Crédits \(steering.year) et actions, par domaine d'axe",
                columns: ["Domaine", "Crédits (euros)", "Actions"],
                rows: IntegrationDomain.allCases.map { domain in
                    [
                        DataTable.header(domain.label),
                        ContractPage.amount(steering.creditsByDomain[domain] ?? .zero),
                        .td(.class("numeric"), .text(FrenchNumber.grouped(steering.actionsByDomain[domain] ?? 0))),
                    ]
                } + [
                    [
                        DataTable.header("Total"), ContractPage.amount(Money.sum(steering.creditsByDomain.values)),
                        .td(
                            .class("numeric"),
                            .text(FrenchNumber.grouped(steering.actionsByDomain.values.reduce(0, +)))
                        ),
                    ]
                ]
            )
        )
    }

    /// The régions of the nation, or the départements of a région, each with its figures.
    static func parts(_ steering: ContractSteering) -> Node<HTML.BodyContext> {
        guard let label = steering.partLabel, !steering.parts.isEmpty else { return .empty }
        return .section(
            .attribute(named: "aria-labelledby", value: "parties"),
            .h2(.id("parties"), .text("Par \(label.lowercased())")),
            .div(
                .class("table-scroll"),
                DataTable.node(
                    caption: "Contrats et crédits \(steering.year) par \(label.lowercased())",
                    columns: [
                        label, "En vigueur", "Signés en \(steering.year)", "Actions",
                        "Crédits \(steering.year) (euros)",
                        "Signataires du CIR sous contrat",
                    ],
                    rows: steering.parts.map { part in
                        [
                            .th(
                                .attribute(named: "scope", value: "row"),
                                .a(
                                    .href(
                                        ContractSteeringHandlers.route(part.scope).path(query: [
                                            ("annee", String(steering.year))
                                        ])
                                    ),
                                    .text(part.name)
                                )
                            ),
                            number(part.figures.inForce), number(part.figures.signedInYear),
                            number(part.figures.actions),
                            ContractPage.amount(part.figures.totalCredits),
                            .td(.class("numeric"), .text(share(part.figures))),
                        ]
                    }
                )
            )
        )
    }

    static func number(_ value: Int) -> Node<HTML.TableRowContext> {
        .td(.class("numeric"), .text(FrenchNumber.grouped(value)))
    }
}
