import Domain
import Persistence
import SafeHTML
import Services

/// The appointments of a household file, with the form to book one.
enum AppointmentSection {
    static func node(
        _ file: HouseholdService.File,
        appointments: [AppointmentRecord],
        today: CalendarDay,
        state: HouseholdSupportSections.FormState,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        // Past appointments still planned wait for "honoré" or "manqué"; cancelled ones stay in the history only.
        let toRecord = file.appointmentHistory.filter {
            $0.status == .planned && !appointments.contains($0) && $0.startsAt.day <= today
        }
        let past = file.appointmentHistory.filter { !appointments.contains($0) && !toRecord.contains($0) }
        return .section(
            .attribute(named: "aria-labelledby", value: "rendez-vous"),
            .h2(.id("rendez-vous"), .text("Rendez-vous")),
            appointments.isEmpty
                ? .p(.text("Aucun rendez-vous à venir."))
                : .ul(.forEach(appointments) { .li(item($0)) }),
            .if(
                !toRecord.isEmpty,
                .group(
                    .h3(.text("Présence à noter")),
                    .ul(.forEach(toRecord) { .li(item($0)) })
                )
            ),
            .if(
                !past.isEmpty,
                .element(
                    named: "details",
                    nodes: [
                        .element(named: "summary", text: "Historique des rendez-vous (\(past.count))"),
                        .ul(.forEach(past) { .li(item($0)) }),
                    ]
                )
            ),
            .if(
                state.canWrite,
                state.disclosure(
                    "Fixer un rendez-vous",
                    .householdAppointment(file.household.id),
                    .form(
                        .method(.post),
                        .action(SiteRoute.householdAppointment(file.household.id).path),
                        .novalidate(),
                        CSRFField.node(page.csrfToken),
                        FormField.input(
                            name: "appointmentDay",
                            label: "Date",
                            type: .date,
                            value: state.value("appointmentDay", today.iso),
                            errors: state.errors
                        ),
                        FormField.input(
                            name: "appointmentTime",
                            label: "Heure",
                            type: .time,
                            value: state.value("appointmentTime", "10:00"),
                            errors: state.errors
                        ),
                        FormField.input(
                            name: "appointmentMinutes",
                            label: "Durée en minutes",
                            value: state.value("appointmentMinutes", "45"),
                            errors: state.errors,
                            extra: [("inputmode", "numeric")]
                        ),
                        FormField.input(
                            name: "appointmentPlace",
                            label: "Lieu",
                            value: state.value("appointmentPlace"),
                            hint: "Par exemple « Permanence de Villeurbanne » ou « Visite à domicile ».",
                            errors: state.errors
                        ),
                        .button(.type(.submit), .class("button"), .text("Fixer le rendez-vous"))
                    )
                )
            )
        )
    }
}

extension AppointmentSection {
    /// "4 mars 2026 à 14 h 30 (45 min) – Permanence · Annulé : …", linked to the appointment's page.
    static func item(_ appointment: AppointmentRecord) -> Node<HTML.BodyContext> {
        let when = "\(appointment.startsAt.day.french) à \(appointment.startsAt.frenchTime)"
        return .group(
            .a(.href(SiteRoute.casefile(.appointment(appointment.id)).path), .text(when)),
            .text(" (\(appointment.minutes) min) – \(appointment.place.ifEmpty("–"))"),
            .if(appointment.status != .planned, .text(" · " + AppointmentPage.status(appointment)))
        )
    }
}

/// The calendar section of the account page: a private iCalendar link for the caseworker's appointments.
enum CalendarSection {
    static func node(page: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "agenda"),
            .h2(.id("agenda"), .text("Agenda")),
            .p(
                .text(
                    "Abonnez votre agenda (Outlook, Thunderbird, téléphone) à vos rendez-vous Parcours. Le lien est personnel ; les rendez-vous n'y portent aucun nom. En créer un nouveau désactive l'ancien."
                )
            ),
            ActionButton.node(
                "Créer un lien d'agenda",
                route: .calendarFeedRenew,
                csrf: page.csrfToken,
                secondary: false
            )
        )
    }

    static func created(url: String, page: PageContext) -> HTML {
        Layout.page(
            title: "Lien d'agenda créé",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Mon compte", route: .myAccount), Breadcrumb(label: "Lien d'agenda", route: nil),
            ],
            main: .div(
                .class("prose"),
                .h1(.text("Lien d'agenda créé")),
                .p(
                    .text(
                        "Copiez ce lien dans votre logiciel d'agenda (« s'abonner à un calendrier »). Il ne sera plus affiché."
                    )
                ),
                .p(.code(.class("secret"), .text(url))),
                .p(.a(.href(SiteRoute.myAccount.path), .text("Revenir à mon compte")))
            )
        )
    }
}
