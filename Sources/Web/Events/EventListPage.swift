import Domain
import Persistence
import SafeHTML

/// The events a prefecture or a partner manages: proposals to label first, then every event by start.
enum EventListPage {
    static func render(_ events: [EventSummary], editions: [EditionRecord], page: PageContext) -> HTML {
        let isPrefecture = page.account?.role == .prefecture
        let proposed = events.filter { $0.state == .proposed }
        return Layout.page(
            title: "Événements",
            page: page,
            breadcrumbs: [Breadcrumb(label: "Accueil", route: .home), Breadcrumb(label: "Événements", route: nil)],
            main: .group(
                .h1(.text("Événements de la Semaine de l'intégration")),
                .p(
                    .a(.class("button"), .href(SiteRoute.events(.eventNew).path), .text("Déclarer un événement")),
                    .text(" "),
                    .a(.href(SiteRoute.events(.calendar).path), .text("Voir le calendrier public"))
                ),
                .if(
                    isPrefecture && !proposed.isEmpty,
                    .section(
                        .h2(
                            .text(
                                proposed.count == 1
                                    ? "1 proposition à labelliser" : "\(proposed.count) propositions à labelliser"
                            )
                        ),
                        table(proposed, caption: "Propositions des partenaires, à labelliser")
                    )
                ),
                .h2(.text("Tous les événements")),
                events.isEmpty
                    ? EmptyState.node("Aucun événement pour l'instant.")
                    : table(events, caption: "Événements, le plus récent d'abord"),
                .if(isPrefecture && !editions.isEmpty, copyForms(editions, page: page))
            )
        )
    }

    static func table(_ events: [EventSummary], caption: String) -> Node<HTML.BodyContext> {
        DataTable.node(
            caption: caption,
            columns: ["Événement", "Quand", "Où", "Organisme", "État", "Inscrits"],
            rows: events.map { event in
                [
                    DataTable.link(event.title, SiteRoute.events(.event(event.id)).path),
                    DataTable.cell(
                        EventText.when(event.startsAt, event.endsAt, departement: event.departementCode)
                            .capitalizedFirst
                    ),
                    DataTable.cell(EventText.place(event)),
                    DataTable.cell(event.organisationName),
                    DataTable.cell(event.state.label),
                    DataTable.cell(event.capacity.map { "\(event.registeredCount) sur \($0)" } ?? "–"),
                ]
            }
        )
    }

    static func copyForms(_ editions: [EditionRecord], page: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .h2(.text("Reprendre les événements de l'année précédente")),
            .p(
                .text(
                    "Copie en brouillon, dans l'édition choisie, les événements de vos départements de l'édition "
                        + "précédente (mêmes contenus, décalés aux nouvelles dates)."
                )
            ),
            .forEach(editions.dropLast()) { edition in
                ActionButton.node(
                    "Copier vers « \(edition.edition.title) »",
                    route: .events(.eventsCopy(edition.id)),
                    csrf: page.csrfToken
                )
            }
        )
    }
}
