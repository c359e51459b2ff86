import Domain
import SafeHTML

/// Pickers for a département, a commune and a country, usable in any form.
enum TerritoryPickers {
    /// A select list of départements, labelled "Rhône (69)".
    static func departement(
        name: String = "departement",
        label: String = "Département",
        departements: [Departement],
        selected: String = "",
        errors: FieldErrors = FieldErrors()
    ) -> Node<HTML.FormContext> {
        FormField.select(
            name: name,
            label: label,
            options: departements.map { ($0.code, $0.label) },
            selected: selected,
            placeholder: "— Tous les départements —",
            errors: errors
        )
    }

    /// A select list of countries, by French name.
    static func country(
        name: String = "pays",
        label: String = "Pays",
        countries: [Country],
        selected: String = "",
        errors: FieldErrors = FieldErrors()
    ) -> Node<HTML.FormContext> {
        FormField.select(
            name: name,
            label: label,
            options: countries.map { ($0.code, $0.name) },
            selected: selected,
            errors: errors
        )
    }

    /// A text field for a commune, read by name ("Villeurbanne", "St-Priest", "Lyon 3e") or code on submit. The
    /// script turns it into a combobox: suggestions as one types, arrow keys to move, Enter to choose (never to
    /// send the form), Escape to close; without it, the server resolves what was typed and says when several
    /// communes match. `departementField` names the form's département field that narrows the suggestions.
    static func commune(
        name: String = "commune",
        label: String = "Commune",
        value: String = "",
        departementField: String? = nil,
        errors: FieldErrors = FieldErrors(),
        required: Bool = false
    ) -> Node<HTML.FormContext> {
        let listID = "suggestions-\(name)"
        var extra: [(StaticString, String?)] = [
            ("data-commune-suggestions", SiteRoute.communeSuggestions.path), ("data-listbox", listID),
        ]
        if let departementField { extra.append(("data-departement-field", departementField)) }
        return .group(
            .div(
                .class("combobox"),
                FormField.input(
                    name: name,
                    label: label,
                    value: value,
                    hint: "Nom de la commune, par exemple « Villeurbanne », « Saint-Priest » ou « Lyon 3e » "
                        + "(le code officiel est accepté aussi).",
                    errors: errors,
                    required: required,
                    autocomplete: "off",
                    extra: extra
                ),
                .ul(
                    .id(listID),
                    .class("combobox-list"),
                    .attribute(named: "role", value: "listbox"),
                    .attribute(named: "aria-label", value: "Communes suggérées"),
                    .attribute(named: "hidden", value: "hidden")
                ),
                .p(.class("visually-hidden"), .attribute(named: "aria-live", value: "polite"), .id("\(listID)-etat"))
            )
        )
    }
}
