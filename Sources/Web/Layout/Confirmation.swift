import Domain
import SafeHTML

/// The ticked box an irreversible action asks for (a transfer, a deactivation): without JavaScript and without a
/// second page, the form is refused with a message until the box says the person means it.
enum Confirmation {
    /// The field the box sends ("oui" when ticked).
    static let field = "confirmer"

    /// The box, with its error message when the form came back without it.
    static func checkbox(_ label: String, errors: FieldErrors = FieldErrors()) -> Node<HTML.FormContext> {
        let id = "champ-\(field)"
        let error = errors[field]
        var attributes: [(StaticString, String?)] = [
            ("type", "checkbox"), ("id", id), ("name", field), ("value", "oui"), ("required", nil),
        ]
        if error != nil { attributes += [("aria-invalid", "true"), ("aria-describedby", "\(id)-erreur")] }
        return .div(
            .class(error == nil ? "field field-checkbox" : "field field-checkbox field-error"),
            .unwrap(error) { .p(.class("error-message"), .id("\(id)-erreur"), .text("Erreur : \($0)")) },
            RawElement.input(attributes),
            .label(.for(id), .text(label + " (obligatoire)"))
        )
    }

    /// The form's errors when the box was not ticked: `message` says what was not confirmed.
    static func errors(_ form: FormData, message: String) -> FieldErrors {
        var errors = FieldErrors()
        if form[field] != "oui" { errors.add(field, message) }
        return errors
    }

    /// A one-button form for an irreversible action, with its box.
    static func action(_ label: String, confirm: String, route: SiteRoute, csrf: String) -> Node<HTML.BodyContext> {
        .form(
            .method(.post),
            .action(route.path),
            .class("inline-form"),
            CSRFField.node(csrf),
            checkbox(confirm),
            .button(.type(.submit), .class("button button-secondary"), .text(label))
        )
    }
}
