import Domain
import Persistence
import SafeHTML

/// The printable programme of a département for an edition: its events day by day.
enum ProgrammePage {
    static func render(
        edition: EditionRecord,
        departement: Departement,
        events: [EventRecord],
        page: PageContext
    )
        -> HTML
    {
        let title = "Programme – \(departement.name) – \(edition.edition.title)"
        let zone = LocalTime.departement(departement.code)
        let days = edition.edition.days
        return Layout.page(
            title: title,
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Semaine de l'intégration", route: .events(.calendar)),
                Breadcrumb(label: "Programme \(departement.name)", route: nil),
            ],
            main: .group(
                .h1(.text(title)),
                .p(
                    .class("lead"),
                    .text(EventText.dates(edition.edition).capitalizedFirst + " · " + EventText.count(events.count))
                ),
                .p(.class("no-print"), .text("Imprimez cette page depuis votre navigateur (Ctrl+P).")),
                .forEach(days) { day in
                    let ofDay = events.filter { zone.day(of: $0.event.startsAt) == day }
                    return .section(
                        .h2(
                            .text(
                                EventTimeText.day(day).capitalizedFirst
                                    + (edition.edition.dayThemes[day].map { " — \($0.label)" } ?? "")
                            )
                        ),
                        ofDay.isEmpty
                            ? .p(.text("Pas d'événement ce jour."))
                            : .ul(.class("programme"), .forEach(ofDay) { item($0, zone: zone) })
                    )
                }
            )
        )
    }

    static func item(_ record: EventRecord, zone: LocalTime) -> Node<HTML.ListContext> {
        let event = record.event
        return .li(
            .h3(
                .text(
                    "\(EventTimeText.clock(event.startsAt, zone: zone)) – \(EventTimeText.clock(event.endsAt, zone: zone)) · "
                        + event.title + (record.state == .cancelled ? " (annulé)" : "")
                )
            ),
            .p(.text("\(event.address), \(record.communeName) · \(event.kind.label) · \(event.audience.label)")),
            .p(.text(PublicEventPage.names(event.organisers.filter(\.organises)))),
            .p(.class("hint"), .text("Accessibilité : \(event.accessibility)"))
        )
    }
}
