import Domain
import Foundation
import Persistence
import SafeHTML
import Services

/// The form of an event (declare or change), and how its fields are read back.
enum EventForm {
    /// The input typed in a sent form.
    static func input(_ form: FormData) -> EventInput {
        var input = EventInput()
        input.editionID = form["eventEdition"]
        input.title = form.raw("eventTitle")
        input.kind = form["eventKind"]
        input.themes = form.all("eventThemes")
        input.description = form.raw("eventDescription")
        input.startDay = form["eventStart"]
        input.startTime = form["eventStartTime"]
        input.endDay = form["eventEnd"]
        input.endTime = form["eventEndTime"]
        input.address = form.raw("eventAddress")
        input.communeCode = form["eventCommune"]
        input.qpvCode = form["eventQPV"]
        input.audience = form["eventAudience"]
        input.capacity = form["eventCapacity"]
        input.accessibility = form.raw("eventAccessibility")
        input.organisers = (0..<EventInput.organiserRows).map { index in
            (form.raw("organiserName-\(index)"), form["organiserKind-\(index)"], form["organiserRole-\(index)"])
        }
        return input
    }

    /// The values a stored event shows in the form.
    static func typed(_ record: EventRecord) -> [String: String] {
        let event = record.event
        let zone = LocalTime.departement(record.departementCode)
        func time(_ date: Date) -> String {
            let (hour, minute) = zone.clock(of: date)
            return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
        }
        var typed: [String: String] = [
            "eventEdition": record.editionID ?? "", "eventTitle": event.title, "eventKind": event.kind.rawValue,
            "eventDescription": event.description, "eventStart": event.startDay.iso,
            "eventStartTime": time(event.startsAt), "eventEnd": event.endDay.iso, "eventEndTime": time(event.endsAt),
            "eventAddress": event.address, "eventCommune": event.communeCode, "eventQPV": event.qpvCode ?? "",
            "eventAudience": event.audience.rawValue, "eventCapacity": event.capacity.map(String.init) ?? "",
            "eventAccessibility": event.accessibility,
            "eventThemes": event.themes.map(\.rawValue).joined(separator: ","),
        ]
        for (index, organiser) in event.organisers.enumerated() {
            typed["organiserName-\(index)"] = organiser.name
            typed["organiserKind-\(index)"] = organiser.kind.rawValue
            typed["organiserRole-\(index)"] = organiser.organises ? "organisateur" : "partenaire"
        }
        return typed
    }

    static func node(
        route: SiteRoute,
        button: String,
        editions: [EditionRecord],
        editionLocked: Bool,
        form: TypedForm,
        themes: [String],
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        .form(
            .method(.post),
            .action(route.path),
            .class("stacked-form"),
            .novalidate(),
            CSRFField.node(page.csrfToken),
            editionLocked
                ? .input(.type(.hidden), .name("eventEdition"), .value(form.value("eventEdition")))
                : FormField.select(
                    name: "eventEdition",
                    label: "Édition de la Semaine de l'intégration",
                    options: editions.map { ($0.id, $0.edition.title) },
                    selected: form.value("eventEdition", editions.first?.id ?? ""),
                    placeholder: "Hors édition",
                    errors: form.errors
                ),
            FormField.input(
                name: "eventTitle",
                label: "Titre",
                value: form.value("eventTitle"),
                errors: form.errors,
                required: true
            ),
            FormField.select(
                name: "eventKind",
                label: "Type d'événement",
                options: EventKind.allCases.map { ($0.rawValue, $0.label) },
                selected: form.value("eventKind"),
                errors: form.errors
            ),
            themeBoxes(selected: themes, errors: form.errors),
            EventFormFields.textArea("eventDescription", label: "Présentation", form: form),
            EventFormFields.dayAndTime("eventStart", label: "Début", form: form),
            EventFormFields.dayAndTime("eventEnd", label: "Fin", form: form),
            FormField.input(
                name: "eventAddress",
                label: "Adresse du lieu",
                value: form.value("eventAddress"),
                errors: form.errors,
                required: true
            ),
            FormField.input(
                name: "eventCommune",
                label: "Code officiel de la commune",
                value: form.value("eventCommune"),
                hint: "Code INSEE à 5 caractères, par exemple 69123 pour Lyon, 69266 pour Villeurbanne.",
                errors: form.errors,
                required: true
            ),
            FormField.input(
                name: "eventQPV",
                label: "Code du quartier prioritaire (QPV), le cas échéant",
                value: form.value("eventQPV"),
                hint: "Par exemple QN06901M ; laissez vide hors QPV.",
                errors: form.errors
            ),
            FormField.select(
                name: "eventAudience",
                label: "Public",
                options: EventAudience.allCases.map { ($0.rawValue, $0.label) },
                selected: form.value("eventAudience"),
                errors: form.errors
            ),
            FormField.input(
                name: "eventCapacity",
                label: "Nombre de places",
                value: form.value("eventCapacity"),
                hint: "Obligatoire pour un événement sur inscription.",
                errors: form.errors,
                extra: [("inputmode", "numeric")]
            ),
            EventFormFields.textArea(
                "eventAccessibility",
                label: "Accessibilité",
                hint: "Accès en fauteuil roulant, boucle magnétique, interprétariat, langues parlées…",
                form: form
            ),
            EventFormFields.organisers(form: form),
            .button(.type(.submit), .class("button"), .text(button))
        )
    }

    static func themeBoxes(selected: [String], errors: FieldErrors) -> Node<HTML.FormContext> {
        let error = errors["eventThemes"]
        return .fieldset(
            .id("champ-eventThemes"),
            .class(error == nil ? "field" : "field field-error"),
            .element(named: "legend", text: "Thèmes (au moins un)"),
            .unwrap(error) { .p(.class("error-message"), .text("Erreur : \($0)")) },
            .forEach(EventTheme.allCases) { theme in
                .div(
                    .class("field-checkbox"),
                    RawElement.input(
                        [
                            ("type", "checkbox"), ("id", "theme-\(theme.rawValue)"), ("name", "eventThemes"),
                            ("value", theme.rawValue),
                        ] + (selected.contains(theme.rawValue) ? [("checked", nil)] : [])
                    ),
                    .label(.for("theme-\(theme.rawValue)"), .text(theme.label))
                )
            }
        )
    }
}
