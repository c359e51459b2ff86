import Domain
import SafeHTML

/// Form fields the contracts' pages need beyond `FormField`: a text area and a group of checkboxes, each labelled,
/// with its hint and error linked for screen readers.
enum ContractFields {
    /// A multi-line text field.
    static func textArea(
        name: String,
        label: String,
        value: String,
        hint: String? = nil,
        errors: FieldErrors,
        rows: Int = 4
    ) -> Node<HTML.FormContext> {
        FormField.textArea(name: name, label: label, value: value, hint: hint, errors: errors, rows: rows)
    }

    /// A group of checkboxes sending `name` once per ticked option, in a fieldset whose legend names the group.
    static func checkboxes(
        name: String,
        legend: String,
        options: [(value: String, label: String)],
        checked: Set<String>,
        hint: String? = nil,
        errors: FieldErrors
    ) -> Node<HTML.FormContext> {
        let id = "champ-\(name)"
        let error = errors[name]
        return .element(
            named: "fieldset",
            nodes: [
                .attribute(named: "id", value: id),
                .attribute(named: "class", value: error == nil ? "field" : "field field-error"),
                .element(named: "legend", text: legend),
                .unwrap(hint) { .p(.class("hint"), .text($0)) },
                .unwrap(error) { .p(.class("error-message"), .text("Erreur : \($0)")) },
                .forEach(options.enumerated()) { index, option in
                    var attributes: [(StaticString, String?)] = [
                        ("type", "checkbox"), ("id", "\(id)-\(index)"), ("name", name), ("value", option.value),
                    ]
                    if checked.contains(option.value) { attributes.append(("checked", nil)) }
                    return .div(
                        .class("field-checkbox"),
                        RawElement.input(attributes),
                        .label(.for("\(id)-\(index)"), .text(option.label))
                    )
                },
            ]
        )
    }

    /// A titled form posting to `route`, with the CSRF field and a submit button.
    static func form(
        id: String,
        title: String,
        route: SiteRoute,
        button: String,
        page: PageContext,
        fields: [Node<HTML.FormContext>]
    ) -> Node<HTML.BodyContext> {
        PathwayForm.node(id: id, title: title, route: route, button: button, page: page, fields: fields)
    }
}
