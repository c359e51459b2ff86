import Domain
import Persistence
import SafeHTML
import Services

/// The applicant's editable form of an application (the content of cerfa 12156), one fieldset per fiche, posting
/// to one address with two buttons: save the draft, or submit it.
enum ApplicationFormView {
    static func node(_ file: ApplicationFile, form: TypedForm, page: PageContext) -> Node<HTML.BodyContext> {
        let values = form.typed.isEmpty ? file.application.values : form.typed
        let version = form.typed["version"] ?? String(file.application.version)
        return .form(
            .method(.post),
            .action(SiteRoute.funding(.save(file.application.id)).path),
            .class("stacked-form application-form"),
            .novalidate(),
            CSRFField.node(page.csrfToken),
            FundingFields.hidden("version", version),
            .forEach(ApplicationField.Section.allCases) { section in
                .fieldset(
                    .id("fiche-\(section.rawValue)"),
                    .element(named: "legend", text: section.title),
                    .if(section == .budget, budgetTotals(values)),
                    .forEach(ApplicationField.all.filter { $0.section == section }) { field in
                        input(field, values: values, errors: form.errors)
                    }
                )
            },
            .div(
                .class("form-actions"),
                .button(
                    .type(.submit),
                    .name("action"),
                    .value("enregistrer"),
                    .class("button button-secondary"),
                    .text("Enregistrer le brouillon")
                ),
                .button(
                    .type(.submit),
                    .name("action"),
                    .value("deposer"),
                    .class("button"),
                    .text("Déposer la demande")
                )
            ),
            .p(
                .class("hint"),
                .text(
                    "Le brouillon s'enregistre à tout moment, même incomplet. Le dépôt vérifie que tout est rempli, que "
                        + "le budget est équilibré et que les pièces exigées sont jointes, puis fige une version numérotée."
                )
            )
        )
    }

    /// The running totals of the budget as saved, so that the applicant sees the balance before submitting.
    static func budgetTotals(_ values: [String: String]) -> Node<HTML.FormContext> {
        let budget = ApplicationSummary(values: values, callYear: 2000).budget
        let charges = budget.total(.charges)
        let products = budget.total(.products)
        return .p(
            .class(charges == products ? "hint" : "hint warning"),
            .text(
                "Totaux enregistrés : charges \(charges.french), produits \(products.french)"
                    + (charges == products ? " (équilibré)." : " : le budget doit être équilibré pour être déposé.")
            )
        )
    }

    /// One field, by kind.
    static func input(
        _ field: ApplicationField,
        values: [String: String],
        errors: FieldErrors
    ) -> Node<HTML.FormContext> {
        let value = values[field.name] ?? ""
        let label = field.label
        switch field.kind {
        case .text(let kind) where kind.multiline:
            return FundingFields.textArea(
                name: field.name,
                label: label,
                value: value,
                hint: field.hint,
                errors: errors,
                required: field.required,
                rows: kind.maxLength > 5_000 ? 8 : 4
            )
        case .tags:
            return FundingFields.checkboxes(
                prefix: field.name,
                legend: label + " (au moins une)",
                options: FundingFields.tagOptions,
                checked: Set(value.split(separator: ",").map(String.init)),
                errors: errors,
                errorField: field.name
            )
        case .checkbox:
            return FormField.checkbox(name: field.name, label: label, checked: value == "oui", hint: field.hint)
        case .period:
            return FormField.select(
                name: field.name,
                label: label,
                options: [("annuelle", "Annuelle (une année)"), ("pluriannuelle", "Pluriannuelle (CPO, 2 à 4 ans)")],
                selected: value,
                placeholder: nil,
                errors: errors
            )
        case .day:
            return FormField.input(
                name: field.name,
                label: label,
                type: .date,
                value: value,
                hint: "Format AAAA-MM-JJ.",
                errors: errors,
                required: field.required
            )
        case .money:
            return FormField.input(
                name: field.name,
                label: label + " (€)",
                value: value.replacingOccurrences(of: ".", with: ","),
                hint: field.hint,
                errors: errors,
                required: field.required,
                extra: [("inputmode", "decimal")]
            )
        case .count:
            return FormField.input(
                name: field.name,
                label: label,
                value: value,
                hint: field.hint,
                errors: errors,
                required: field.required,
                extra: [("inputmode", "numeric")]
            )
        case .email:
            return FormField.input(
                name: field.name,
                label: label,
                type: .email,
                value: value,
                hint: field.hint,
                errors: errors,
                required: field.required,
                autocomplete: "email"
            )
        case .text, .siret, .rna, .monthDay, .communes, .qpvs:
            return FormField.input(
                name: field.name,
                label: label,
                value: value,
                hint: field.hint,
                errors: errors,
                required: field.required
            )
        }
    }

    /// The raw values of a posted application form, keyed by field name (tags gathered from their checkboxes).
    static func values(_ form: FormData) -> [String: String] {
        var raw: [String: String] = [:]
        for field in ApplicationField.all {
            switch field.kind {
            case .tags:
                raw[field.name] = FundingFields.ticked(
                    form,
                    prefix: field.name,
                    among: ThematicTag.allCases.map(\.rawValue)
                )
                .joined(separator: ",")
            case .checkbox:
                raw[field.name] = form[field.name]
            default:
                raw[field.name] = form.raw(field.name)
            }
        }
        return raw
    }
}

/// An application's content as submitted, read-only: the same fiches, each field with its value.
enum ApplicationContentView {
    static func node(_ values: [String: String]) -> Node<HTML.BodyContext> {
        .group(
            .forEach(ApplicationField.Section.allCases) { section in
                .section(
                    .class("application-section"),
                    .h3(.text(section.title)),
                    .dl(
                        .class("summary-list"),
                        .forEach(
                            ApplicationField.all.filter { $0.section == section && !(values[$0.name] ?? "").isEmpty }
                        ) { field in
                            .group(.dt(.text(field.label)), .dd(.text(display(field, values[field.name] ?? ""))))
                        }
                    ),
                    .if(section == .budget, budgetSummary(values))
                )
            }
        )
    }

    static func budgetSummary(_ values: [String: String]) -> Node<HTML.BodyContext> {
        let budget = ApplicationSummary(values: values, callYear: 2000).budget
        return .p(
            .strong(
                .text(
                    "Total des charges \(budget.total(.charges).french) · total des produits "
                        + "\(budget.total(.products).french) · contributions en nature \(budget.total(.contributionsUsed).french)"
                )
            )
        )
    }

    /// A stored value as read on screen.
    static func display(_ field: ApplicationField, _ value: String) -> String {
        switch field.kind {
        case .money: MoneyInput.parse(value)?.french ?? value
        case .checkbox: value == "oui" ? "Oui" : "Non"
        case .tags: ThematicTag.list(value).map(\.label).joined(separator: ", ")
        case .day: CalendarDay(iso: value)?.french ?? value
        case .period: value == "pluriannuelle" ? "Pluriannuelle" : "Annuelle"
        case .count: Int(value).map(FrenchNumber.grouped) ?? value
        default: value
        }
    }
}
