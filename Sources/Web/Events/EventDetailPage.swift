import Domain
import Foundation
import Persistence
import SafeHTML

/// One event in the back office: its state and the actions open to the viewer, its fields to change, its attendance
/// once held, and its registrations for the organising organisation.
enum EventDetailPage {
    static func render(
        _ record: EventRecord,
        registrations: [RegistrationRecord],
        edition: EditionRecord?,
        actor: AccountSummary,
        now: Date,
        form: TypedForm,
        themes: [String],
        page: PageContext
    ) -> HTML {
        let event = record.event
        let byPrefecture = actor.role == .prefecture
        let ended = event.endsAt <= now
        return Layout.page(
            title: event.title,
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Événements", route: .events(.events)), Breadcrumb(label: event.title, route: nil),
            ],
            main: .group(
                .h1(.text(event.title)),
                .p(.class("status"), .text("État : \(record.state.label)")),
                .unwrap(record.reviewNote) {
                    .div(.class("flash flash-info"), .p(.text("Note de la préfecture : \($0)")))
                },
                FormField.errorSummary(form.errors),
                .p(
                    .text(
                        "\(EventText.when(event.startsAt, event.endsAt, departement: record.departementCode).capitalizedFirst)"
                            + " · \(event.address), \(record.communeName) · \(record.organisationName)"
                            + (edition.map { " · \($0.edition.title)" } ?? " · hors édition")
                    )
                ),
                .if(
                    record.state.isPublic,
                    .p(.a(.href(SiteRoute.events(.publicEvent(record.id)).path), .text("Voir la page publique")))
                ),
                actions(record, byPrefecture: byPrefecture, ended: ended, form: form, page: page),
                .if(
                    EventTransition.canRecordAttendance(record.state, ended: ended),
                    attendanceForm(record, form: form, page: page)
                ),
                .if(!record.attendance.isEmpty, attendanceTable(record)),
                .if(event.audience.takesRegistrations, registrationsSection(record, registrations)),
                .if(
                    EventTransition.canEdit(record.state, byPrefecture: byPrefecture),
                    .section(
                        .h2(.text("Modifier l'événement")),
                        EventForm.node(
                            route: .events(.eventUpdate(record.id)),
                            button: "Enregistrer les modifications",
                            editions: [],
                            editionLocked: true,
                            form: form,
                            themes: themes,
                            page: page
                        )
                    )
                )
            )
        )
    }

    /// The message after an action.
    static func done(_ action: EventAction) -> String {
        switch action {
        case .propose: "Événement proposé à la préfecture, qui le labellisera avant publication."
        case .publish: "Événement labellisé et publié sur le calendrier public."
        case .returnToDraft: "Proposition renvoyée au partenaire avec votre note."
        case .cancel: "Événement annulé ; les personnes inscrites sont prévenues par courriel."
        }
    }

    static func actions(
        _ record: EventRecord,
        byPrefecture: Bool,
        ended: Bool,
        form: TypedForm,
        page: PageContext
    )
        -> Node<HTML.BodyContext>
    {
        let possible = EventAction.allCases.filter {
            if case .success = EventTransition.next(from: record.state, $0, byPrefecture: byPrefecture, ended: ended) {
                return true
            }
            return false
        }
        guard !possible.isEmpty else { return .empty }
        return .section(
            .class("no-print"),
            .h2(.text("Actions")),
            .forEach(possible) { action in
                .form(
                    .method(.post),
                    .action(SiteRoute.events(.eventAction(record.id)).path),
                    .class(action == .returnToDraft ? "stacked-form" : "inline-form"),
                    CSRFField.node(page.csrfToken),
                    .input(.type(.hidden), .name("action"), .value(action.rawValue)),
                    .if(
                        action == .returnToDraft,
                        EventFormFields.textArea(
                            "reviewNote",
                            label: "Note au partenaire (ce qu'il doit revoir)",
                            form: form,
                            rows: 3
                        )
                    ),
                    .button(
                        .type(.submit),
                        .class(action == .cancel ? "button button-secondary" : "button"),
                        .text(label(action))
                    )
                )
            }
        )
    }

    static func label(_ action: EventAction) -> String {
        switch action {
        case .propose: "Proposer à la préfecture"
        case .publish: "Labelliser et publier"
        case .returnToDraft: "Renvoyer au partenaire"
        case .cancel: "Annuler l'événement"
        }
    }

    static func attendanceForm(_ record: EventRecord, form: TypedForm, page: PageContext) -> Node<HTML.BodyContext> {
        PathwayForm.node(
            id: "form-bilan",
            title: "Bilan : participants par catégorie",
            route: .events(.eventAttendance(record.id)),
            button: "Enregistrer le bilan",
            page: page,
            fields: AttendanceKind.allCases.map { kind in
                FormField.input(
                    name: "attendance-\(kind.rawValue)",
                    label: kind.label,
                    value: form.value("attendance-\(kind.rawValue)", record.attendance[kind].map(String.init) ?? ""),
                    errors: form.errors,
                    extra: [("inputmode", "numeric")]
                )
            }
        )
    }

    static func attendanceTable(_ record: EventRecord) -> Node<HTML.BodyContext> {
        DataTable.node(
            caption: "Participants comptés (\(FrenchNumber.grouped(record.attendanceTotal)) en tout)",
            columns: ["Catégorie", "Participants"],
            rows: AttendanceKind.allCases.compactMap { kind in
                record.attendance[kind].map {
                    [DataTable.header(kind.label), .td(.class("numeric"), .text(FrenchNumber.grouped($0)))]
                }
            }
        )
    }

    static func registrationsSection(
        _ record: EventRecord,
        _ registrations: [RegistrationRecord]
    )
        -> Node<HTML.BodyContext>
    {
        .section(
            .h2(.text("Inscriptions")),
            .p(
                .text(
                    FrenchNumber.count(record.registeredCount, "personne inscrite", plural: "personnes inscrites")
                        + " pour "
                        + FrenchNumber.count(record.event.capacity ?? 0, "place", plural: "places") + ", "
                        + FrenchNumber.count(record.waitingCount, "en liste d'attente", plural: "en liste d'attente")
                        + "."
                        + (record.registrantsErased
                            ? " Les noms et adresses ont été effacés trois mois après l'événement." : "")
                )
            ),
            .if(
                !registrations.isEmpty,
                DataTable.node(
                    caption: "Personnes inscrites, dans l'ordre des demandes",
                    columns: ["Nom", "Adresse électronique", "Situation"],
                    rows: registrations.map {
                        [DataTable.header($0.name), DataTable.cell($0.email), DataTable.cell($0.status.label)]
                    }
                )
            )
        )
    }
}
