import Domain
import Persistence
import SafeHTML
import Services

/// The public calendar: the edition, its filters, the matching events one page at a time, and the links to the map,
/// the feeds, the open data and the programme.
enum CalendarPage {
    static func render(_ calendar: PublicCalendar, page: PageContext) -> HTML {
        let title = calendar.edition?.edition.title ?? "Semaine de l'intégration"
        return Layout.page(
            title: title,
            page: page,
            main: .group(
                .h1(.text(title)),
                .unwrap(calendar.edition) { edition in intro(edition.edition) },
                .if(calendar.edition == nil, EmptyState.node("Aucune édition n'est encore programmée.")),
                .unwrap(calendar.edition) { _ in .group(filters(calendar), links(calendar), results(calendar)) },
                otherEditions(calendar)
            )
        )
    }

    static func intro(_ edition: EditionInput.Valid) -> Node<HTML.BodyContext> {
        .group(
            .p(.class("lead"), .text("Les événements \(EventText.dates(edition)), partout en France.")),
            .if(
                !edition.highlightedStages.isEmpty,
                .p(
                    .text(
                        "Étapes du parcours mises en avant : "
                            + edition.highlightedStages.map { $0.label.lowercased() }.joined(separator: ", ") + "."
                    )
                )
            ),
            .if(
                !edition.dayThemes.isEmpty,
                .ul(
                    .class("day-themes"),
                    .forEach(edition.days.filter { edition.dayThemes[$0] != nil }) { day in
                        .li(
                            .text(
                                "\(EventTimeText.day(day).capitalizedFirst) : \(edition.dayThemes[day]?.label ?? "")"
                            )
                        )
                    }
                )
            )
        )
    }

    static func filters(_ calendar: PublicCalendar) -> Node<HTML.BodyContext> {
        let filter = calendar.filter
        let days = calendar.edition?.edition.days ?? []
        return .form(
            .method(.get),
            .action(SiteRoute.events(.calendar).path),
            .class("filters no-print"),
            .attribute(named: "aria-labelledby", value: "titre-filtres"),
            .h2(.id("titre-filtres"), .text("Filtrer les événements")),
            .div(
                .class("filter-row"),
                FormField.select(
                    name: "departement",
                    label: "Département",
                    options: calendar.departements.map { ($0.code, $0.label) },
                    selected: filter.departement ?? "",
                    placeholder: "Tous les départements"
                ),
                FormField.select(
                    name: "theme",
                    label: "Thème",
                    options: EventTheme.allCases.map { ($0.rawValue, $0.label) },
                    selected: filter.theme?.rawValue ?? "",
                    placeholder: "Tous les thèmes"
                ),
                FormField.select(
                    name: "type",
                    label: "Type d'événement",
                    options: EventKind.allCases.map { ($0.rawValue, $0.label) },
                    selected: filter.kind?.rawValue ?? "",
                    placeholder: "Tous les types"
                ),
                FormField.select(
                    name: "jour",
                    label: "Jour",
                    options: days.map { ($0.iso, EventTimeText.day($0).capitalizedFirst) },
                    selected: filter.day?.iso ?? "",
                    placeholder: "Tous les jours"
                ),
                .input(.type(.hidden), .name("edition"), .value(String(calendar.edition?.edition.year ?? 0)))
            ),
            .button(.type(.submit), .class("button"), .text("Filtrer"))
        )
    }

    static func links(_ calendar: PublicCalendar) -> Node<HTML.BodyContext> {
        let departement = calendar.filter.departement
        let year = calendar.edition.map { String($0.edition.year) } ?? ""
        return .ul(
            .class("event-links no-print"),
            .li(
                .a(
                    .href(SiteRoute.events(.calendarMap).path(query: [("edition", year)])),
                    .text("Carte des événements")
                )
            ),
            .li(.a(.href(SiteRoute.events(.feed).path), .text("S'abonner à l'agenda de toute la France (iCalendar)"))),
            .unwrap(departement) { code in
                .group(
                    .li(
                        .a(
                            .href(SiteRoute.events(.departementFeed(code)).path),
                            .text("S'abonner à l'agenda de ce département (iCalendar)")
                        )
                    ),
                    .li(
                        .a(.href(SiteRoute.events(.programme(code)).path), .text("Programme imprimable du département"))
                    )
                )
            },
            .li(
                .text("Données ouvertes : "),
                .a(.href(SiteRoute.events(.openDataCSV).path(query: [("edition", year)])), .text("CSV")),
                .text(" · "),
                .a(.href(SiteRoute.events(.openDataJSON).path(query: [("edition", year)])), .text("JSON"))
            ),
            .li(.a(.href(SiteRoute.events(.gallery).path), .text("Récits de parcours réussis")))
        )
    }

    static func results(_ calendar: PublicCalendar) -> Node<HTML.BodyContext> {
        let current = Page(requested: calendar.page, size: calendar.pageSize, total: calendar.total)
        return .section(
            .attribute(named: "aria-labelledby", value: "titre-resultats"),
            .h2(.id("titre-resultats"), .text(EventText.count(calendar.total).capitalizedFirst)),
            calendar.events.isEmpty
                ? EmptyState.node("Aucun événement ne correspond à ces filtres.")
                : .ul(.class("event-list"), .forEach(calendar.events) { item($0) }),
            Pagination.node(current, route: .events(.calendar), query: query(calendar))
        )
    }

    static func item(_ event: EventSummary) -> Node<HTML.ListContext> {
        .li(
            .class("event-card" + (event.state == .cancelled ? " event-cancelled" : "")),
            .h3(.a(.href(SiteRoute.events(.publicEvent(event.id)).path), .text(event.title))),
            .p(
                .text(EventText.when(event.startsAt, event.endsAt, departement: event.departementCode).capitalizedFirst)
            ),
            .p(.text("\(EventText.place(event)) · \(event.kind.label)")),
            .if(!event.themes.isEmpty, .p(.class("hint"), .text(event.themes.map(\.label).joined(separator: " · ")))),
            .unwrap(
                EventText.seats(
                    state: event.state,
                    audience: event.audience,
                    capacity: event.capacity,
                    registered: event.registeredCount
                )
            ) { .p(.class("event-seats"), .text($0)) }
        )
    }

    static func query(_ calendar: PublicCalendar) -> [(String, String)] {
        var query: [(String, String)] = []
        if let year = calendar.edition?.edition.year { query.append(("edition", String(year))) }
        if let departement = calendar.filter.departement { query.append(("departement", departement)) }
        if let theme = calendar.filter.theme { query.append(("theme", theme.rawValue)) }
        if let kind = calendar.filter.kind { query.append(("type", kind.rawValue)) }
        if let day = calendar.filter.day { query.append(("jour", day.iso)) }
        return query
    }

    static func otherEditions(_ calendar: PublicCalendar) -> Node<HTML.BodyContext> {
        let others = calendar.editions.filter { $0.id != calendar.edition?.id }
        guard !others.isEmpty else { return .empty }
        return .nav(
            .class("no-print"),
            .attribute(named: "aria-label", value: "Autres éditions"),
            .h2(.text("Autres éditions")),
            .ul(
                .forEach(others) { edition in
                    .li(
                        .a(
                            .href(SiteRoute.events(.calendar).path(query: [("edition", String(edition.edition.year))])),
                            .text(edition.edition.title)
                        )
                    )
                }
            )
        )
    }
}
