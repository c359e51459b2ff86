import Domain
import SafeHTML

extension FormField {
    /// A labelled text area with its hint and its error, described to screen readers by both.
    static func textArea(
        name: String,
        label: String,
        value: String,
        hint: String? = nil,
        errors: FieldErrors,
        required: Bool = false,
        rows: Int = 4
    ) -> Node<HTML.FormContext> {
        let id = "champ-\(name)"
        let error = errors[name]
        let describedBy = [hint.map { _ in "\(id)-aide" }, error.map { _ in "\(id)-erreur" }].compactMap { $0 }
        return .div(
            .class(error == nil ? "field" : "field field-error"),
            .label(.for(id), .text(label + (required ? " (obligatoire)" : ""))),
            .unwrap(hint) { .p(.class("hint"), .id("\(id)-aide"), .text($0)) },
            .unwrap(error) { .p(.class("error-message"), .id("\(id)-erreur"), .text("Erreur : \($0)")) },
            .textarea(
                .id(id),
                .attribute(named: "name", value: name),
                .attribute(named: "rows", value: String(rows)),
                .if(
                    !describedBy.isEmpty,
                    .attribute(named: "aria-describedby", value: describedBy.joined(separator: " "))
                ),
                .if(error != nil, .attribute(named: "aria-invalid", value: "true")),
                .text(value)
            )
        )
    }
}
