import Domain
import Persistence
import SafeHTML

/// Form pieces of the funding screens that the shared `FormField` has not: text areas, groups of checkboxes, hidden
/// values, and a field of the application form chosen by its kind.
enum FundingFields {
    /// A labelled text area with its hint and error.
    static func textArea(
        name: String,
        label: String,
        value: String,
        hint: String? = nil,
        errors: FieldErrors,
        required: Bool = false,
        rows: Int = 4
    ) -> Node<HTML.FormContext> {
        FormField.textArea(
            name: name,
            label: label,
            value: value,
            hint: hint,
            errors: errors,
            required: required,
            rows: rows
        )
    }

    /// A group of checkboxes sharing a legend; each sends `oui` under `prefix.value`.
    static func checkboxes(
        prefix: String,
        legend: String,
        options: [(value: String, label: String)],
        checked: Set<String>,
        errors: FieldErrors,
        errorField: String
    ) -> Node<HTML.FormContext> {
        let error = errors[errorField]
        return .fieldset(
            .id("champ-\(errorField)"),
            .class(error == nil ? "checkbox-group" : "checkbox-group field-error"),
            .element(named: "legend", text: legend),
            .unwrap(error) { .p(.class("error-message"), .text("Erreur : \($0)")) },
            .forEach(options) { option in
                FormField.checkbox(
                    name: "\(prefix).\(option.value)",
                    label: option.label,
                    checked: checked.contains(option.value)
                )
            }
        )
    }

    /// A hidden input.
    static func hidden(_ name: String, _ value: String) -> Node<HTML.FormContext> {
        .input(.type(.hidden), .name(name), .value(value))
    }

    /// The thematic tags as checkbox options.
    static let tagOptions = ThematicTag.allCases.map { ($0.rawValue, $0.label) }

    /// Reads a group of checkboxes sent as `prefix.value = oui`, as the values ticked.
    static func ticked(_ form: FormData, prefix: String, among values: [String]) -> [String] {
        values.filter { form["\(prefix).\($0)"] == "oui" }
    }
}

/// How funding figures read on screen.
enum FundingText {
    /// "23 000,00 €", or "—" when absent.
    static func money(_ amount: Money?) -> String { amount?.french ?? "—" }

    /// A count for someone without named access: "< 5" from 1 to 4.
    static func count(_ value: Int, namedAccess: Bool) -> String {
        !namedAccess && SuppressionRule.isSmall(value) ? "< 5" : FrenchNumber.grouped(value)
    }

    /// A count with its noun agreed, for someone without named access: "< 5 ménages" from 1 to 4, "1 ménage",
    /// "12 ménages".
    static func count(_ value: Int, _ singular: String, plural: String, namedAccess: Bool) -> String {
        !namedAccess && SuppressionRule.isSmall(value)
            ? "< 5 \(plural)" : FrenchNumber.count(value, singular, plural: plural)
    }

    /// "70,0 %" from basis points, or "—".
    static func percent(basisPoints: Int?) -> String {
        guard let basisPoints else { return "—" }
        let tenths = (basisPoints + 5) / 10
        return "\(tenths / 10),\(tenths % 10) %"
    }

    /// The label of a UO line's territory.
    static func territory(regionCode: String, departementCode: String, names: [String: String]) -> String {
        departementCode.isEmpty
            ? "Niveau régional (\(names["R" + regionCode] ?? regionCode))"
            : "\(names[departementCode] ?? departementCode) (\(departementCode))"
    }

    /// "Action 12 · Appels à projets locaux · 2026".
    static func line(_ line: FundingLineRecord) -> String {
        "\(line.year) · action \(line.action.rawValue) · \(line.subAction.label) · \(line.label)"
    }
}
