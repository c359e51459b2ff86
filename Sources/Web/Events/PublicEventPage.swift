import Domain
import Foundation
import Persistence
import SafeHTML

/// The public page of one event: when, where, for whom, by whom, how to register, and its schema.org description.
enum PublicEventPage {
    static func render(
        _ record: EventRecord,
        edition: EditionRecord?,
        now: Date,
        url: String,
        form: TypedForm,
        page: PageContext
    ) -> HTML {
        let event = record.event
        return Layout.page(
            title: event.title,
            page: page,
            breadcrumbs: [
                Breadcrumb(label: edition?.edition.title ?? "Semaine de l'intégration", route: .events(.calendar)),
                Breadcrumb(label: event.title, route: nil),
            ],
            main: .group(
                .h1(.text(event.title)),
                .if(record.state == .cancelled, .p(.class("flash flash-error"), .text("Cet événement est annulé."))),
                .dl(
                    .class("facts"),
                    .dt(.text("Quand")),
                    .dd(.text(EventText.when(event.startsAt, event.endsAt, departement: record.departementCode))),
                    .dt(.text("Où")),
                    .dd(
                        .text(
                            "\(event.address), \(record.communeName) (\(record.departementName))"
                                + (event.qpvCode.map { " — quartier prioritaire \($0)" } ?? "")
                        )
                    ),
                    .dt(.text("Type")),
                    .dd(.text(event.kind.label)),
                    .dt(.text("Thèmes")),
                    .dd(.text(event.themes.map(\.label).joined(separator: ", "))),
                    .dt(.text("Public")),
                    .dd(.text(event.audience.label)),
                    .dt(.text("Accessibilité")),
                    .dd(.text(event.accessibility)),
                    .dt(.text("Organisé par")),
                    .dd(.text(names(event.organisers.filter(\.organises)))),
                    .if(
                        event.organisers.contains { !$0.organises },
                        .group(.dt(.text("Partenaires")), .dd(.text(names(event.organisers.filter { !$0.organises }))))
                    )
                ),
                .h2(.text("Présentation")),
                .forEach(event.description.split(separator: "\n")) { .p(.text(String($0))) },
                registration(record, now: now, form: form, page: page),
                .unwrap(try? JSONLD.node(schema(record, url: url))) { $0 }
            )
        )
    }

    static func names(_ organisers: [EventOrganiser]) -> String {
        organisers.map { "\($0.name) (\($0.kind.label.lowercased()))" }.joined(separator: ", ")
    }

    static func registration(
        _ record: EventRecord,
        now: Date,
        form: TypedForm,
        page: PageContext
    )
        -> Node<HTML.BodyContext>
    {
        let event = record.event
        guard event.audience.takesRegistrations else { return .empty }
        let seats = EventText.seats(
            state: record.state,
            audience: event.audience,
            capacity: event.capacity,
            registered: record.registeredCount
        )
        guard record.state == .published, now < event.startsAt else {
            return .section(
                .h2(.text("Inscription")),
                .p(.text(record.state == .published ? "Les inscriptions sont closes." : seats ?? ""))
            )
        }
        return .section(
            .class("no-print"),
            .attribute(named: "aria-labelledby", value: "titre-inscription"),
            .h2(.id("titre-inscription"), .text("S'inscrire")),
            .unwrap(seats) { .p(.text($0)) },
            .p(
                .class("hint"),
                .text(
                    "Sans compte : votre nom et votre adresse électronique servent à confirmer l'inscription et à "
                        + "vous prévenir d'un changement ; ils sont effacés trois mois après l'événement."
                )
            ),
            FormField.errorSummary(form.errors),
            .form(
                .method(.post),
                .action(SiteRoute.events(.register(record.id)).path),
                .class("stacked-form"),
                .novalidate(),
                CSRFField.node(page.csrfToken),
                FormField.input(
                    name: "registrationName",
                    label: "Votre nom",
                    value: form.value("registrationName"),
                    errors: form.errors,
                    required: true,
                    autocomplete: "name"
                ),
                FormField.input(
                    name: "registrationEmail",
                    label: "Votre adresse électronique",
                    type: .email,
                    value: form.value("registrationEmail"),
                    hint: "Par exemple nom@exemple.fr.",
                    errors: form.errors,
                    required: true,
                    autocomplete: "email"
                ),
                .button(
                    .type(.submit),
                    .class("button"),
                    .text((record.seatsLeft ?? 0) > 0 ? "M'inscrire" : "M'inscrire sur la liste d'attente")
                )
            )
        )
    }

    static func schema(_ record: EventRecord, url: String) -> SchemaOrgEvent {
        let event = record.event
        return SchemaOrgEvent(
            type: event.kind.schemaOrgType,
            name: event.title,
            description: event.description,
            startDate: EventText.iso8601(event.startsAt, departement: record.departementCode),
            endDate: EventText.iso8601(event.endsAt, departement: record.departementCode),
            eventStatus: record.state == .cancelled
                ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
            location: .init(
                name: event.address,
                address: .init(
                    streetAddress: event.address,
                    addressLocality: record.communeName,
                    addressRegion: record.departementName
                )
            ),
            organizer: event.organisers.filter(\.organises).map { .init(name: $0.name) },
            url: url,
            maximumAttendeeCapacity: event.capacity
        )
    }
}
