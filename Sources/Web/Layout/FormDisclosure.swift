import Domain
import SafeHTML

/// A form that opens on demand: a `<details>` whose summary names the action, open (with the error summary beside the
/// form) when that form was just sent and came back with messages. Works without JavaScript.
enum FormDisclosure {
    /// `form` behind `summary`; open when `sent` is true (the page is answering this form), with `errors` above it.
    static func node(
        _ summary: String,
        sent: Bool,
        errors: FieldErrors,
        _ form: Node<HTML.BodyContext>
    ) -> Node<HTML.BodyContext> {
        .element(
            named: "details",
            nodes: [
                .class("form-disclosure"),
                .if(sent, .attribute(named: "open")),
                .element(named: "summary", text: summary),
                .if(sent, FormField.errorSummary(errors)),
                form,
            ]
        )
    }
}
