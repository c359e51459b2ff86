import Domain
import SafeHTML
import Services

/// What the forms of a page show again after bad input: the messages and the values as typed.
struct TypedForm: Sendable {
    var errors = FieldErrors()
    var typed: [String: String] = [:]

    /// The typed value of a field, or `fallback` when the form was not sent.
    func value(_ name: String, _ fallback: String = "") -> String { typed[name] ?? fallback }
}

/// A titled form of the pathway and course pages, posting to one route.
enum PathwayForm {
    static func node(
        id: String,
        title: String,
        route: SiteRoute,
        button: String,
        page: PageContext,
        fields: [Node<HTML.FormContext>]
    ) -> Node<HTML.BodyContext> {
        .form(
            .method(.post),
            .action(route.path),
            .class("stacked-form"),
            .novalidate(),
            .attribute(named: "aria-labelledby", value: id),
            .h3(.id(id), .text(title)),
            CSRFField.node(page.csrfToken),
            .group(fields),
            .button(.type(.submit), .class("button"), .text(button))
        )
    }

    /// The CEFR levels as select options.
    static let levelOptions = CEFRLevel.allCases.map { ($0.rawValue, $0.frenchLabel) }

    /// A level select list for one field.
    static func level(_ name: String, label: String, form: TypedForm, selected: String = "") -> Node<HTML.FormContext> {
        FormField.select(
            name: name,
            label: label,
            options: levelOptions,
            selected: form.value(name, selected),
            placeholder: "— Non renseigné —",
            errors: form.errors
        )
    }

    /// A date field.
    static func day(_ name: String, label: String, form: TypedForm, value: String = "") -> Node<HTML.FormContext> {
        FormField.input(
            name: name,
            label: label,
            type: .date,
            value: form.value(name, value),
            errors: form.errors
        )
    }
}

/// The cell with the button that withdraws an entry recorded by mistake (empty when the actor may not write).
enum WithdrawCell {
    static func node(
        _ file: PathwayFile,
        entry: String,
        id: String,
        label: String,
        page: PageContext
    )
        -> Node<HTML.TableRowContext>
    {
        guard file.canWrite else { return .td(.text("–")) }
        return .td(
            .form(
                .method(.post),
                .action(SiteRoute.pathwayWithdraw(file.person.id).path),
                .class("inline-form"),
                CSRFField.node(page.csrfToken),
                .input(.type(.hidden), .name("entry"), .value(entry)),
                .input(.type(.hidden), .name("entryID"), .value(id)),
                .button(
                    .type(.submit),
                    .class("button button-secondary"),
                    .text("Retirer"),
                    .attribute(named: "aria-label", value: "Retirer (erreur de saisie) : \(label)")
                )
            )
        )
    }
}
