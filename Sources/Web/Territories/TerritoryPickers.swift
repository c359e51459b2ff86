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

    /// A text field for a commune: the script offers suggestions as you type; without it, the server resolves the
    /// name or INSEE code on submit and asks to choose when several communes match.
    static func commune(
        name: String = "commune",
        label: String = "Commune",
        value: String = "",
        errors: FieldErrors = FieldErrors()
    ) -> Node<HTML.FormContext> {
        let listID = "suggestions-\(name)"
        return .group(
            FormField.input(
                name: name,
                label: label,
                type: .search,
                value: value,
                hint: "Nom ou code INSEE, par exemple « Villeurbanne » ou « 69266 ».",
                errors: errors,
                autocomplete: "off",
                extra: [
                    ("list", listID), ("data-commune-suggestions", SiteRoute.communeSuggestions.path),
                ]
            ),
            .element(named: "datalist", nodes: [.attribute(named: "id", value: listID)])
        )
    }
}
