import Domain
import SafeHTML

/// The hidden field that carries the CSRF token in every form.
enum CSRFField {
    static func node(_ token: String) -> Node<HTML.FormContext> {
        .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(token))
    }
}

/// A labelled form field with its hint and its error message, linked for screen readers.
enum FormField {
    /// A text-like input (text, email, password, search).
    static func input(
        name: String,
        label: String,
        type: HTMLInputType = .text,
        value: String = "",
        hint: String? = nil,
        errors: FieldErrors = FieldErrors(),
        required: Bool = false,
        autocomplete: String? = nil,
        extra: [(StaticString, String?)] = []
    ) -> Node<HTML.FormContext> {
        let id = "champ-\(name)"
        let error = errors[name]
        let describedBy = [hint.map { _ in "\(id)-aide" }, error.map { _ in "\(id)-erreur" }].compactMap { $0 }
        var inputAttributes: [(StaticString, String?)] = [
            ("type", type.rawValue), ("id", id), ("name", name), ("value", value),
        ]
        if required { inputAttributes.append(("required", nil)) }
        if let autocomplete { inputAttributes.append(("autocomplete", autocomplete)) }
        if !describedBy.isEmpty { inputAttributes.append(("aria-describedby", describedBy.joined(separator: " "))) }
        if error != nil { inputAttributes.append(("aria-invalid", "true")) }
        inputAttributes += extra
        return .div(
            .class(error == nil ? "field" : "field field-error"),
            .label(.for(id), .text(label + (required ? " (obligatoire)" : ""))),
            .unwrap(hint) { .p(.class("hint"), .id("\(id)-aide"), .text($0)) },
            .unwrap(error) { .p(.class("error-message"), .id("\(id)-erreur"), .text("Erreur : \($0)")) },
            RawElement.input(inputAttributes)
        )
    }

    /// A select list; `options` are (value, label) pairs.
    static func select(
        name: String,
        label: String,
        options: [(value: String, label: String)],
        selected: String = "",
        placeholder: String? = "— Choisir —",
        hint: String? = nil,
        errors: FieldErrors = FieldErrors()
    ) -> Node<HTML.FormContext> {
        let id = "champ-\(name)"
        let error = errors[name]
        let describedBy = [hint.map { _ in "\(id)-aide" }, error.map { _ in "\(id)-erreur" }].compactMap { $0 }
        return .div(
            .class(error == nil ? "field" : "field field-error"),
            .label(.for(id), .text(label)),
            .unwrap(hint) { .p(.class("hint"), .id("\(id)-aide"), .text($0)) },
            .unwrap(error) { .p(.class("error-message"), .id("\(id)-erreur"), .text("Erreur : \($0)")) },
            .select(
                .id(id),
                .attribute(named: "name", value: name),
                .if(
                    !describedBy.isEmpty,
                    .attribute(named: "aria-describedby", value: describedBy.joined(separator: " "))
                ),
                .if(error != nil, .attribute(named: "aria-invalid", value: "true")),
                .unwrap(placeholder) { RawElement.option(value: "", label: $0, selected: selected.isEmpty) },
                .forEach(options) { option in
                    RawElement.option(value: option.value, label: option.label, selected: option.value == selected)
                }
            )
        )
    }

    /// A checkbox with its label after it; it sends `oui` when ticked.
    static func checkbox(name: String, label: String, checked: Bool, hint: String? = nil) -> Node<HTML.FormContext> {
        let id = "champ-\(name)"
        var attributes: [(StaticString, String?)] = [
            ("type", "checkbox"), ("id", id), ("name", name), ("value", "oui"),
        ]
        if checked { attributes.append(("checked", nil)) }
        if hint != nil { attributes.append(("aria-describedby", "\(id)-aide")) }
        return .div(
            .class("field field-checkbox"),
            RawElement.input(attributes),
            .label(.for(id), .text(label)),
            .unwrap(hint) { .p(.class("hint"), .id("\(id)-aide"), .text($0)) }
        )
    }

    /// The summary of errors shown above a form, each linking to its field.
    static func errorSummary(_ errors: FieldErrors) -> Node<HTML.BodyContext> {
        guard !errors.isEmpty else { return .empty }
        // Focused when the page loads (autofocus, and the script as a fallback): after a form is sent, keyboard and
        // screen reader users start from what went wrong.
        return .div(
            .class("error-summary"),
            .attribute(named: "role", value: "alert"),
            .attribute(named: "tabindex", value: "-1"),
            .attribute(named: "autofocus", value: "autofocus"),
            .attribute(named: "aria-labelledby", value: "resume-erreurs"),
            .h2(
                .id("resume-erreurs"),
                .text(
                    errors.messages.count == 1 ? "Une erreur à corriger" : "\(errors.messages.count) erreurs à corriger"
                )
            ),
            .ul(
                .forEach(errors.messages) { item in
                    .li(.a(.href("#champ-\(item.field)"), .text(item.message)))
                }
            )
        )
    }
}

/// The banner of a flash message.
enum FlashBanner {
    static func node(_ flash: Flash) -> Node<HTML.BodyContext> {
        // The confirmation of a form just sent takes the focus, as the error summary does.
        .div(
            .class("flash flash-\(flash.kind.rawValue)"),
            .id("message"),
            .attribute(named: "role", value: flash.kind == .error ? "alert" : "status"),
            .attribute(named: "tabindex", value: "-1"),
            .attribute(named: "autofocus", value: "autofocus"),
            .p(.text(flash.message))
        )
    }
}

/// What a list shows when it has nothing to show: a sentence and, optionally, what to do next.
enum EmptyState {
    static func node(_ message: String, action: (label: String, path: String)? = nil) -> Node<HTML.BodyContext> {
        .div(
            .class("empty-state"),
            .p(.text(message)),
            .unwrap(action) { .p(.a(.class("button"), .href($0.path), .text($0.label))) }
        )
    }
}

/// Elements whose attributes are computed at run time; names are literals of the source code, values are escaped.
enum RawElement {
    /// An `<input>` with the given attributes; a nil value writes a boolean attribute such as `required`.
    static func input<Context: HTML.BodyContext>(_ attributes: [(StaticString, String?)]) -> Node<Context> {
        .input(attributes.map { .attribute(named: $0.0, value: $0.1, ignoreIfValueIsEmpty: false) })
    }

    /// An `<option>` with its visible text.
    static func option(value: String, label: String, selected: Bool) -> Node<HTML.SelectContext> {
        .option(
            .attribute(named: "value", value: value, ignoreIfValueIsEmpty: false),
            .selected(selected),
            .text(label)
        )
    }
}
