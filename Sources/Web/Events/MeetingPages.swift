import Domain
import Persistence
import SafeHTML

/// The pages of rencontres territoriales: the list with the territory's open decisions, the form, one meeting.
enum MeetingPages {
    static func list(
        _ meetings: [MeetingSummary],
        open: [DecisionRecord],
        today: CalendarDay,
        canRecord: Bool,
        page: PageContext
    ) -> HTML {
        Layout.page(
            title: "Rencontres territoriales",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Accueil", route: .home), Breadcrumb(label: "Rencontres territoriales", route: nil),
            ],
            main: .group(
                .h1(.text("Rencontres territoriales de l'intégration")),
                .if(
                    canRecord,
                    .p(
                        .a(
                            .class("button"),
                            .href(SiteRoute.events(.meetingNew).path),
                            .text("Enregistrer une rencontre")
                        )
                    )
                ),
                .if(canRecord, decisionsTable(open, today: today, caption: "Décisions en cours de votre territoire")),
                .h2(.text("Rencontres")),
                meetings.isEmpty
                    ? EmptyState.node("Aucune rencontre enregistrée.")
                    : DataTable.node(
                        caption: "Rencontres, la plus récente d'abord",
                        columns: ["Rencontre", "Date", "Territoire", "Participants", "Décisions"],
                        rows: meetings.map { meeting in
                            [
                                DataTable.link(meeting.title, SiteRoute.events(.meeting(meeting.id)).path),
                                DataTable.cell(meeting.heldOn.frenchWithFirst),
                                DataTable.cell("\(meeting.scope.label) (\(meeting.territoryCode))"),
                                .td(.class("numeric"), .text(FrenchNumber.grouped(meeting.participants))),
                                .td(.class("numeric"), .text(FrenchNumber.grouped(meeting.decisions))),
                            ]
                        }
                    )
            )
        )
    }

    static func decisionsTable(
        _ decisions: [DecisionRecord],
        today: CalendarDay,
        caption: String
    )
        -> Node<HTML.BodyContext>
    {
        guard !decisions.isEmpty else { return EmptyState.node("Aucune décision en cours.") }
        return DataTable.node(
            caption: caption,
            columns: ["Décision", "Porteur", "Échéance", "Situation", "Prise le"],
            rows: decisions.map { decision in
                [
                    DataTable.header(decision.text),
                    DataTable.cell(decision.owner),
                    DataTable.cell(decision.dueOn.frenchWithFirst),
                    DataTable.cell(
                        decision.status.isOverdue(due: decision.dueOn, today: today)
                            ? "En retard" : decision.status.label
                    ),
                    DataTable.link(
                        decision.meetingDay.frenchWithFirst,
                        SiteRoute.events(.meeting(decision.meetingID)).path
                    ),
                ]
            }
        )
    }

    static func form(
        territory: (scope: MeetingScope, code: String),
        open: [DecisionRecord],
        form: TypedForm,
        page: PageContext
    ) -> HTML {
        let mechanisms = form.value("meetingMechanisms").split(separator: ",").map(String.init)
        return Layout.page(
            title: "Enregistrer une rencontre",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Rencontres territoriales", route: .events(.meetings)),
                Breadcrumb(label: "Enregistrer une rencontre", route: nil),
            ],
            main: .group(
                .h1(.text("Enregistrer une rencontre")),
                .p(
                    .text(
                        "Rencontre \(territory.scope.label.lowercased()) (\(territory.code)). Les indicateurs du "
                            + "territoire sont enregistrés avec elle, tels qu'ils sont aujourd'hui."
                    )
                ),
                FormField.errorSummary(form.errors),
                .form(
                    .method(.post),
                    .action(SiteRoute.events(.meetingCreate).path),
                    .class("stacked-form"),
                    .novalidate(),
                    CSRFField.node(page.csrfToken),
                    PathwayForm.day("meetingDay", label: "Date de la rencontre", form: form),
                    FormField.input(
                        name: "meetingTitle",
                        label: "Intitulé",
                        value: form.value("meetingTitle"),
                        errors: form.errors,
                        required: true
                    ),
                    FormField.input(
                        name: "meetingPlace",
                        label: "Lieu",
                        value: form.value("meetingPlace"),
                        errors: form.errors,
                        required: true
                    ),
                    .fieldset(
                        .class("field"),
                        .element(named: "legend", text: "Participants par catégorie"),
                        .forEach(MeetingParticipantKind.allCases) { kind in
                            FormField.input(
                                name: "participants-\(kind.rawValue)",
                                label: kind.label,
                                value: form.value("participants-\(kind.rawValue)"),
                                errors: form.errors,
                                extra: [("inputmode", "numeric")]
                            )
                        }
                    ),
                    .fieldset(
                        .id("champ-meetingMechanisms"),
                        .class(form.errors["meetingMechanisms"] == nil ? "field" : "field field-error"),
                        .element(named: "legend", text: "Dispositifs examinés"),
                        .unwrap(form.errors["meetingMechanisms"]) {
                            .p(.class("error-message"), .text("Erreur : \($0)"))
                        },
                        .forEach(Mechanism.allCases) { mechanism in
                            .div(
                                .class("field-checkbox"),
                                RawElement.input(
                                    [
                                        ("type", "checkbox"), ("id", "dispositif-\(mechanism.rawValue)"),
                                        ("name", "meetingMechanisms"), ("value", mechanism.rawValue),
                                    ] + (mechanisms.contains(mechanism.rawValue) ? [("checked", nil)] : [])
                                ),
                                .label(.for("dispositif-\(mechanism.rawValue)"), .text(mechanism.label))
                            )
                        }
                    ),
                    EventFormFields.textArea(
                        "meetingFindings",
                        label: "Constats (un par ligne)",
                        form: form
                    ),
                    decisionRows(form: form),
                    followUps(open, form: form),
                    .button(.type(.submit), .class("button"), .text("Enregistrer la rencontre"))
                )
            )
        )
    }

    static func decisionRows(form: TypedForm) -> Node<HTML.FormContext> {
        .fieldset(
            .class("field"),
            .element(named: "legend", text: "Décisions prises (laissez vide une ligne inutile)"),
            .forEach(0..<3) { index in
                .div(
                    .class("field-row"),
                    FormField.input(
                        name: "decisionText-\(index)",
                        label: "Décision n° \(index + 1)",
                        value: form.value("decisionText-\(index)"),
                        errors: form.errors
                    ),
                    FormField.input(
                        name: "decisionOwner-\(index)",
                        label: "Porteur n° \(index + 1)",
                        value: form.value("decisionOwner-\(index)"),
                        errors: form.errors
                    ),
                    FormField.input(
                        name: "decisionDue-\(index)",
                        label: "Échéance n° \(index + 1)",
                        type: .date,
                        value: form.value("decisionDue-\(index)"),
                        errors: form.errors
                    )
                )
            }
        )
    }

    static func followUps(_ open: [DecisionRecord], form: TypedForm) -> Node<HTML.FormContext> {
        guard !open.isEmpty else { return .empty }
        return .fieldset(
            .class("field"),
            .element(named: "legend", text: "Suivi des décisions des rencontres précédentes"),
            .forEach(open) { decision in
                .div(
                    .class("field-row"),
                    FormField.select(
                        name: "followUpStatus-\(decision.id)",
                        label: "« \(decision.text) » (\(decision.owner), échéance \(decision.dueOn.frenchWithFirst))",
                        options: MeetingDecisionStatus.allCases.map { ($0.rawValue, $0.label) },
                        selected: form.value("followUpStatus-\(decision.id)", MeetingDecisionStatus.open.rawValue),
                        placeholder: nil,
                        errors: form.errors
                    ),
                    FormField.input(
                        name: "followUpNote-\(decision.id)",
                        label: "Point d'étape",
                        value: form.value("followUpNote-\(decision.id)"),
                        errors: form.errors
                    )
                )
            }
        )
    }
}
