import Domain
import Persistence
import SafeHTML

/// National steering's pages of editions: the list with the form to create one, and one edition with its days.
enum EditionPages {
    static func list(_ editions: [EditionRecord], form: TypedForm, page: PageContext) -> HTML {
        Layout.page(
            title: "Éditions de la Semaine de l'intégration",
            page: page,
            breadcrumbs: [Breadcrumb(label: "Accueil", route: .home), Breadcrumb(label: "Éditions", route: nil)],
            main: .group(
                .h1(.text("Éditions de la Semaine de l'intégration")),
                editions.isEmpty
                    ? EmptyState.node("Aucune édition.")
                    : DataTable.node(
                        caption: "Éditions, la plus récente d'abord",
                        columns: ["Édition", "Dates", "Étapes mises en avant"],
                        rows: editions.map { edition in
                            [
                                DataTable.link(edition.edition.title, SiteRoute.events(.edition(edition.id)).path),
                                DataTable.cell(EventText.dates(edition.edition).capitalizedFirst),
                                DataTable.cell(edition.edition.highlightedStages.map(\.label).joined(separator: ", ")),
                            ]
                        }
                    ),
                FormField.errorSummary(form.errors),
                PathwayForm.node(
                    id: "form-edition",
                    title: "Créer une édition",
                    route: .events(.editionCreate),
                    button: "Créer l'édition",
                    page: page,
                    fields: fields(form: form, stages: [])
                )
            )
        )
    }

    static func fields(form: TypedForm, stages: [String]) -> [Node<HTML.FormContext>] {
        [
            FormField.input(
                name: "editionTitle",
                label: "Intitulé",
                value: form.value("editionTitle"),
                hint: "Par exemple : Semaine de l'intégration 2027 (7e édition).",
                errors: form.errors,
                required: true
            ),
            PathwayForm.day("editionStart", label: "Premier jour", form: form),
            PathwayForm.day("editionEnd", label: "Dernier jour", form: form),
            .fieldset(
                .id("champ-editionStages"),
                .class("field"),
                .element(named: "legend", text: "Étapes du parcours mises en avant"),
                .unwrap(form.errors["editionStages"]) { .p(.class("error-message"), .text("Erreur : \($0)")) },
                .forEach(EventTheme.allCases) { theme in
                    .div(
                        .class("field-checkbox"),
                        RawElement.input(
                            [
                                ("type", "checkbox"), ("id", "etape-\(theme.rawValue)"), ("name", "editionStages"),
                                ("value", theme.rawValue),
                            ] + (stages.contains(theme.rawValue) ? [("checked", nil)] : [])
                        ),
                        .label(.for("etape-\(theme.rawValue)"), .text(theme.label))
                    )
                }
            ),
        ]
    }

    static func typed(_ edition: EditionRecord) -> [String: String] {
        var typed = [
            "editionTitle": edition.edition.title, "editionStart": edition.edition.startsOn.iso,
            "editionEnd": edition.edition.endsOn.iso,
        ]
        for (day, theme) in edition.edition.dayThemes { typed["theme-\(day.iso)"] = theme.rawValue }
        return typed
    }

    static func detail(_ edition: EditionRecord, form: TypedForm, stages: [String], page: PageContext) -> HTML {
        let title = edition.edition.title
        return Layout.page(
            title: title,
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Éditions", route: .events(.editions)), Breadcrumb(label: title, route: nil),
            ],
            main: .group(
                .h1(.text(title)),
                .p(.text(EventText.dates(edition.edition).capitalizedFirst)),
                FormField.errorSummary(form.errors),
                PathwayForm.node(
                    id: "form-edition-jours",
                    title: "Dates, étapes et thème de chaque jour",
                    route: .events(.editionUpdate(edition.id)),
                    button: "Enregistrer l'édition",
                    page: page,
                    fields: fields(form: form, stages: stages)
                        + edition.edition.days.map { day in
                            FormField.select(
                                name: "theme-\(day.iso)",
                                label: "Thème du \(EventTimeText.day(day))",
                                options: EventTheme.allCases.map { ($0.rawValue, $0.label) },
                                selected: form.value("theme-\(day.iso)"),
                                placeholder: "Sans thème",
                                errors: form.errors
                            )
                        }
                )
            )
        )
    }
}
