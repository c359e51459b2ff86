import Domain
import Persistence
import SafeHTML
import Services

/// One appointment: what it is, and the forms to move it, cancel it, or say it was attended or missed.
enum AppointmentPage {
    /// The fields of the move form, whose errors show next to it.
    static let moveFields: Set<String> = [
        "appointmentDay", "appointmentTime", "appointmentMinutes", "appointmentPlace",
    ]

    static func view(
        _ model: AppointmentService.AppointmentPage,
        errors: FieldErrors = FieldErrors(),
        typed: [String: String] = [:],
        conflict: String? = nil,
        page: PageContext
    ) -> HTML {
        let appointment = model.appointment
        let title = "Rendez-vous du \(appointment.startsAt.day.french) à \(appointment.startsAt.frenchTime)"
        return Layout.page(
            title: title,
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Accueil", route: .home), Breadcrumb(label: "Ménages", route: .households),
                Breadcrumb(label: model.household.referenceNames, route: .household(model.household.id)),
                Breadcrumb(label: "Rendez-vous", route: nil),
            ],
            main: .group(
                .h1(.text(title)),
                .unwrap(conflict) { FlashBanner.node(Flash(.error, $0)) },
                .dl(
                    .class("summary-list"),
                    .dt(.text("Ménage")),
                    .dd(.a(.href(SiteRoute.household(model.household.id).path), .text(model.household.referenceNames))),
                    .dt(.text("Durée")),
                    .dd(.text("\(appointment.minutes) min")),
                    .dt(.text("Lieu")),
                    .dd(.text(appointment.place.ifEmpty("–"))),
                    .dt(.text("Statut")),
                    .dd(.text(status(appointment)))
                ),
                .if(model.canWrite, forms(model, errors: errors, typed: typed, page: page)),
                .p(
                    .a(
                        .href(SiteRoute.household(model.household.id).path + "#rendez-vous"),
                        .text("Revenir au dossier du ménage")
                    )
                )
            )
        )
    }

    /// "Annulé : la personne est malade", "Honoré", "Prévu".
    static func status(_ appointment: AppointmentRecord) -> String {
        appointment.status.label + (appointment.cancelReason.map { " : \($0)" } ?? "")
    }

    private static func forms(
        _ model: AppointmentService.AppointmentPage,
        errors: FieldErrors,
        typed: [String: String],
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        let appointment = model.appointment
        let route = { (make: (String) -> CaseFileRoute) in SiteRoute.casefile(make(appointment.id)).path }
        let revision = Node<HTML.FormContext>.input(
            .type(.hidden),
            .name("revision"),
            .value(String(appointment.revision))
        )
        let value = { (name: String, fallback: String) in typed[name] ?? fallback }
        return .group(
            .if(
                model.started && appointment.status != .cancelled,
                .section(
                    .attribute(named: "aria-labelledby", value: "presence"),
                    .h2(.id("presence"), .text("Présence")),
                    FormField.errorSummary(errors.only(["appointmentOutcome"])),
                    .form(
                        .method(.post),
                        .action(route(CaseFileRoute.appointmentOutcome)),
                        .class("inline-form"),
                        CSRFField.node(page.csrfToken),
                        revision,
                        .forEach(AppointmentStatus.outcomes) { outcome in
                            .button(
                                .type(.submit),
                                .class(outcome == .attended ? "button" : "button button-secondary"),
                                .name("appointmentOutcome"),
                                .value(outcome.rawValue),
                                .text(outcome == .attended ? "Rendez-vous honoré" : "Rendez-vous manqué")
                            )
                        }
                    )
                )
            ),
            .if(
                !model.started && appointment.status == .planned,
                .p(.class("hint"), .text("La présence se note une fois l'heure du rendez-vous venue."))
            ),
            .if(
                appointment.status == .planned,
                .group(
                    .section(
                        .attribute(named: "aria-labelledby", value: "deplacer"),
                        .h2(.id("deplacer"), .text("Déplacer le rendez-vous")),
                        FormField.errorSummary(errors.only(moveFields)),
                        .form(
                            .method(.post),
                            .action(route(CaseFileRoute.appointmentMove)),
                            .novalidate(),
                            CSRFField.node(page.csrfToken),
                            revision,
                            FormField.input(
                                name: "appointmentDay",
                                label: "Nouvelle date",
                                type: .date,
                                value: value("appointmentDay", max(appointment.startsAt.day, model.today).iso),
                                errors: errors,
                                required: true
                            ),
                            FormField.input(
                                name: "appointmentTime",
                                label: "Heure",
                                type: .time,
                                value: value("appointmentTime", String(appointment.startsAt.stored.suffix(5))),
                                errors: errors,
                                required: true
                            ),
                            FormField.input(
                                name: "appointmentMinutes",
                                label: "Durée en minutes",
                                value: value("appointmentMinutes", String(appointment.minutes)),
                                errors: errors,
                                required: true,
                                extra: [("inputmode", "numeric")]
                            ),
                            FormField.input(
                                name: "appointmentPlace",
                                label: "Lieu",
                                value: value("appointmentPlace", appointment.place),
                                errors: errors,
                                required: true
                            ),
                            .button(.type(.submit), .class("button"), .text("Déplacer le rendez-vous"))
                        )
                    ),
                    .section(
                        .attribute(named: "aria-labelledby", value: "annuler"),
                        .h2(.id("annuler"), .text("Annuler le rendez-vous")),
                        .p(
                            .text(
                                "Le rendez-vous annulé reste dans l'historique du dossier ; il disparaît de l'agenda."
                            )
                        ),
                        FormField.errorSummary(errors.only(["cancelReason"])),
                        .form(
                            .method(.post),
                            .action(route(CaseFileRoute.appointmentCancel)),
                            .novalidate(),
                            CSRFField.node(page.csrfToken),
                            revision,
                            FormField.input(
                                name: "cancelReason",
                                label: "Motif de l'annulation",
                                value: value("cancelReason", ""),
                                hint: "Par exemple « Reporté à la demande de la personne ».",
                                errors: errors,
                                required: true
                            ),
                            .button(.type(.submit), .class("button button-secondary"), .text("Annuler le rendez-vous"))
                        )
                    )
                )
            )
        )
    }
}
