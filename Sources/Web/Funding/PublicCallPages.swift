import Domain
import Persistence
import SafeHTML
import Services

/// The public pages of calls for projects: the list of published calls and one call, readable without an account.
enum PublicCallPages {
    static func list(_ calls: [FundingCallRecord], today: CalendarDay, page: PageContext) -> HTML {
        Layout.page(
            title: "Appels à projets",
            page: page,
            main: .group(
                .h1(.text("Appels à projets – intégration des étrangers primo-arrivants (programme 104)")),
                .p(
                    .text(
                        "Les appels publiés par les DDETS et les DREETS. Les associations déposent leur demande en ligne "
                            + "avec un compte partenaire. La liste est aussi disponible en données ouvertes : "
                    ),
                    .a(.href(SiteRoute.funding(.openDataCSV).path), .text("fichier CSV des appels à projets")),
                    .text(".")
                ),
                calls.isEmpty
                    ? EmptyState.node("Aucun appel à projets n'est publié.")
                    : DataTable.node(
                        caption: "Appels à projets publiés, clôture la plus tardive d'abord",
                        columns: ["Appel", "Service", "Thématiques", "Ouverture", "Clôture", "État"],
                        rows: calls.map { call in
                            [
                                DataTable.link(call.content.title, SiteRoute.funding(.publicCall(call.id)).path),
                                DataTable.cell(call.organisationName),
                                DataTable.cell(call.content.tags.map(\.label).joined(separator: ", ")),
                                DataTable.cell(call.content.opensOn.french),
                                DataTable.cell(call.content.closesOn.french),
                                DataTable.cell(state(call, today: today)),
                            ]
                        }
                    )
            )
        )
    }

    static func state(_ call: FundingCallRecord, today: CalendarDay) -> String {
        if today < call.content.opensOn { return "À venir" }
        return call.content.isOpen(on: today) ? "Ouvert" : "Clos"
    }

    static func detail(_ call: FundingCallRecord, today: CalendarDay, page: PageContext) -> HTML {
        Layout.page(
            title: call.content.title,
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Appels à projets", route: .funding(.publicCalls)),
                Breadcrumb(label: call.content.title, route: nil),
            ],
            main: .article(
                .h1(.text(call.content.title)),
                .p(
                    .class("lead"),
                    .text(
                        "\(call.organisationName) · \(state(call, today: today)) · dépôt du "
                            + call.content.opensOn.french + " au " + call.content.closesOn.french + " inclus"
                    )
                ),
                .dl(
                    .class("summary-list"),
                    .dt(.text("Public visé")),
                    .dd(.text(call.content.audience)),
                    .dt(.text("Thématiques")),
                    .dd(.text(call.content.tags.map(\.label).joined(separator: ", "))),
                    .dt(.text("Pièces à joindre")),
                    .dd(
                        .text(
                            call.content.documents.isEmpty
                                ? "Aucune" : call.content.documents.map(\.label).joined(separator: ", ")
                        )
                    )
                ),
                .h2(.text("L'appel")),
                .forEach(call.content.body.split(separator: "\n", omittingEmptySubsequences: true)) {
                    .p(.text(String($0)))
                },
                .h2(.text("Grille de notation")),
                DataTable.node(
                    caption: "Critères et poids (chaque critère est noté de 0 à 5 ; note sur 100)",
                    columns: ["Critère", "Poids"],
                    rows: call.content.criteria.map { [DataTable.header($0.label), DataTable.cell(String($0.weight))] }
                ),
                .p(
                    .text(
                        "Pour déposer une demande (formulaire cerfa n° 12156*06 en ligne), connectez-vous avec le compte "
                            + "partenaire de votre association : la demande se prépare en brouillon et se dépose avant la clôture."
                    )
                )
            )
        )
    }
}
