import Domain
import SafeHTML

/// Fields the event, meeting and story forms share: a text area, a day with a time, the organisers' rows.
enum EventFormFields {
    /// A labelled text area with its hint and error.
    static func textArea(
        _ name: String,
        label: String,
        hint: String? = nil,
        form: TypedForm,
        rows: Int = 5
    )
        -> Node<HTML.FormContext>
    {
        FormField.textArea(
            name: name,
            label: label,
            value: form.value(name),
            hint: hint,
            errors: form.errors,
            rows: rows
        )
    }

    /// A day field and a time field side by side (`name` and `nameTime`).
    static func dayAndTime(_ name: String, label: String, form: TypedForm) -> Node<HTML.FormContext> {
        .div(
            .class("field-row"),
            FormField.input(
                name: name,
                label: "\(label) : jour",
                type: .date,
                value: form.value(name),
                hint: "Format AAAA-MM-JJ.",
                errors: form.errors,
                required: true
            ),
            FormField.input(
                name: name + "Time",
                label: "\(label) : heure",
                type: .time,
                value: form.value(name + "Time"),
                hint: "Heure locale du département, format HH:MM.",
                errors: form.errors,
                required: true
            )
        )
    }

    /// The rows of organisers and partners: name, kind, role.
    static func organisers(form: TypedForm) -> Node<HTML.FormContext> {
        .fieldset(
            .class("field"),
            .element(named: "legend", text: "Organisateurs et partenaires (au moins un organisateur)"),
            .forEach(0..<EventInput.organiserRows) { index in
                .div(
                    .class("field-row"),
                    FormField.input(
                        name: "organiserName-\(index)",
                        label: "Nom n° \(index + 1)",
                        value: form.value("organiserName-\(index)"),
                        errors: form.errors
                    ),
                    FormField.select(
                        name: "organiserKind-\(index)",
                        label: "Type n° \(index + 1)",
                        options: OrganiserKind.allCases.map { ($0.rawValue, $0.label) },
                        selected: form.value("organiserKind-\(index)"),
                        errors: form.errors
                    ),
                    FormField.select(
                        name: "organiserRole-\(index)",
                        label: "Rôle n° \(index + 1)",
                        options: [("organisateur", "Organisateur"), ("partenaire", "Partenaire")],
                        selected: form.value("organiserRole-\(index)", "organisateur"),
                        placeholder: nil,
                        errors: form.errors
                    )
                )
            }
        )
    }
}
