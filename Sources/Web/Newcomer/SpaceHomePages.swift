import Domain
import Foundation
import Persistence
import SafeHTML
import Services

/// The home page and the appointments of the space.
enum SpaceHomePages {
    static func home(_ model: SpaceHome, _ page: SpacePageContext) -> HTML {
        let t = page.t
        let subject = model.subject
        let householdID = subject.household.id
        return SpaceLayout.page(
            title: t(.navHome),
            page,
            main: .group(
                .h1(.text(t(.homeTitle, ["name": subject.greetingName]))),
                .p(.class("lead"), .text(caseworker(subject, t))),
                .if(
                    model.unreadReplies > 0,
                    .div(
                        .class("flash flash-info"),
                        .p(
                            .text(t.plural(.homeUnread, model.unreadReplies) + " "),
                            .a(.href(SiteRoute.spaceMessages(householdID).path), .text(t(.homeMessagesRead)))
                        )
                    )
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "rdv"),
                    .h2(.id("rdv"), .text(t(.homeAppointments))),
                    model.appointments.isEmpty
                        ? .p(.text(t(.appointmentsNone)))
                        : .ul(
                            .class("cards"),
                            .forEach(model.appointments) { .li(.class("card"), appointment($0, t)) }
                        ),
                    .p(.a(.href(SiteRoute.spaceAppointments(householdID).path), .text(t(.homeAppointmentsAll))))
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "demarches"),
                    .h2(.id("demarches"), .text(t(.homeSteps))),
                    model.nextSteps.isEmpty
                        ? .p(.text(t(.stepsNone)))
                        : .ul(
                            .class("cards"),
                            .forEach(model.nextSteps) {
                                .li(.class("card"), SpaceStepPages.step($0, today: subject.today, t))
                            }
                        ),
                    .p(.a(.href(SiteRoute.spaceSteps(householdID).path), .text(t(.homeStepsAll))))
                ),
                .if(!model.events.isEmpty, events(model.events, departement: subject.household.departement, t))
            )
        )
    }

    /// The next public events of the person's département, in French (their pages are), with a link to each.
    static func events(_ events: [EventSummary], departement: String, _ t: Translator) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "evenements"),
            .h2(.id("evenements"), .text(t(.homeEvents))),
            .p(.text(t(.homeEventsIntro))),
            .ul(
                .class("cards"),
                .forEach(events) { event in
                    let when = t.when(event.startsAt, zone: .departement(departement))
                    return .li(
                        .class("card"),
                        .h3(
                            .attribute(named: "lang", value: "fr"),
                            .attribute(named: "dir", value: "ltr"),
                            .text(event.title)
                        ),
                        .p(
                            .text(
                                t(
                                    .homeEventsWhen,
                                    ["date": when.date, "time": when.time, "commune": event.communeName]
                                )
                            )
                        ),
                        .p(
                            .a(
                                .href(SiteRoute.events(.publicEvent(event.id)).path),
                                .text(t(.homeEventsOpen))
                            )
                        )
                    )
                }
            ),
            .p(
                .a(
                    .href(SiteRoute.events(.calendar).path(query: [("departement", departement)])),
                    .text(t(.homeEventsAll))
                )
            )
        )
    }

    /// Every appointment from today on, with what to bring, a map link and a calendar file.
    static func appointments(
        _ subject: SpaceSubject,
        _ appointments: [SpaceAppointment],
        _ page: SpacePageContext
    ) -> HTML {
        let t = page.t
        return SpaceLayout.page(
            title: t(.appointmentsTitle),
            page,
            main: .group(
                .h1(.text(t(.appointmentsTitle))),
                appointments.isEmpty
                    ? .p(.text(t(.appointmentsNone)))
                    : .ul(.class("cards"), .forEach(appointments) { .li(.class("card"), appointment($0, t)) })
            )
        )
    }

    /// One appointment: when, how long, where (with a map link), what to bring, and its calendar file.
    static func appointment(_ appointment: SpaceAppointment, _ t: Translator) -> Node<HTML.BodyContext> {
        .group(
            .h3(.text(t.when(appointment.startsAt))),
            .p(.text(t.plural(.appointmentMinutes, appointment.minutes))),
            .p(.text(t(.appointmentPlace, ["place": appointment.place]))),
            .p(
                .a(
                    .href("https://www.openstreetmap.org/search?query=" + FormData.encode(appointment.place)),
                    .attribute(named: "rel", value: "noopener noreferrer"),
                    .text(t(.appointmentMap))
                )
            ),
            appointment.documents.isEmpty
                ? .p(.text(t(.appointmentDocumentsNone)))
                : .group(
                    .p(.strong(.text(t(.appointmentDocuments)))),
                    .ul(.forEach(appointment.documents) { .li(.text(t.label($0))) })
                ),
            .p(
                .a(
                    .class("button button-secondary"),
                    .href(SiteRoute.spaceAppointmentCalendar(appointment.id).path),
                    .attribute(named: "download", value: "rendez-vous.ics"),
                    .text(t(.appointmentCalendar))
                )
            )
        )
    }

    static func caseworker(_ subject: SpaceSubject, _ t: Translator) -> String {
        if let name = subject.caseworkerName {
            return t(.homeCaseworker, ["name": name, "organisation": subject.organisationName])
        }
        return t(.homeCaseworkerNone, ["organisation": subject.organisationName])
    }
}
