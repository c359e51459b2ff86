import Domain
import Persistence
import SafeHTML
import Services

extension ContractActionPage {
    /// The indicators with their target and result per year, and the forms to add one, set a target or enter a
    /// result.
    static func indicators(
        _ file: ContractActionService.ActionFile,
        form: TypedForm,
        page: PageContext
    )
        -> Node<HTML.BodyContext>
    {
        let years = Array(file.contract.period.years)
        let choices = file.indicators.map { ($0.id, "\($0.label) (\($0.unit))") }
        return .section(
            .attribute(named: "aria-labelledby", value: "indicateurs"),
            .h2(.id("indicateurs"), .text("Indicateurs")),
            file.indicators.isEmpty
                ? EmptyState.node("Aucun indicateur pour l'instant.")
                : .div(
                    .class("table-scroll"),
                    DataTable.node(
                        caption: "Cibles et résultats par année",
                        columns: ["Indicateur"] + years.flatMap { ["Cible \($0)", "Résultat \($0)"] },
                        rows: file.indicators.map { indicator in
                            let cells: [Node<HTML.TableRowContext>] = years.flatMap { year in
                                [figure(indicator.figures[year]?.target), figure(indicator.figures[year]?.result)]
                            }
                            return [DataTable.header("\(indicator.label) (\(indicator.unit))")] + cells
                        }
                    )
                ),
            .if(
                file.canDraft,
                ContractFields.form(
                    id: "form-indicateur",
                    title: "Ajouter un indicateur",
                    route: .contractIndicator(file.action.id),
                    button: "Ajouter l'indicateur",
                    page: page,
                    fields: [
                        FormField.input(
                            name: "indicatorLabel",
                            label: "Ce qui est compté",
                            value: form.value("indicatorLabel"),
                            errors: form.errors,
                            required: true
                        ),
                        FormField.input(
                            name: "indicatorUnit",
                            label: "Unité",
                            value: form.value("indicatorUnit"),
                            hint: "Par exemple « personnes » ou « ateliers ».",
                            errors: form.errors,
                            required: true
                        ),
                    ]
                )
            ),
            .if(
                file.canDraft && !choices.isEmpty,
                figureForm(.contractTarget(file.action.id), "Fixer une cible", "Cible", choices, years, form, page)
            ),
            .if(
                file.canReport && !choices.isEmpty,
                figureForm(
                    .contractResult(file.action.id),
                    "Saisir un résultat",
                    "Résultat",
                    choices,
                    years,
                    form,
                    page
                )
            )
        )
    }

    static func figure(_ value: Int?) -> Node<HTML.TableRowContext> {
        .td(.class("numeric"), .text(value.map(FrenchNumber.grouped) ?? "–"))
    }

    static func figureForm(
        _ route: SiteRoute,
        _ title: String,
        _ label: String,
        _ choices: [(String, String)],
        _ years: [Int],
        _ form: TypedForm,
        _ page: PageContext
    ) -> Node<HTML.BodyContext> {
        let prefix = label == "Cible" ? "target" : "result"
        return .form(
            .method(.post),
            .action(route.path),
            .class("stacked-form"),
            .novalidate(),
            .attribute(named: "aria-labelledby", value: "form-\(prefix)"),
            .h3(.id("form-\(prefix)"), .text(title)),
            CSRFField.node(page.csrfToken),
            FormField.select(
                name: "\(prefix)Indicator",
                label: "Indicateur",
                options: choices.map { (value: $0.0, label: $0.1) },
                selected: form.value("\(prefix)Indicator"),
                errors: form.errors
            ),
            yearSelect("\(prefix)Year", label: "Année", years: years, form: form),
            FormField.input(
                name: "\(prefix)Value",
                label: label,
                value: form.value("\(prefix)Value"),
                errors: form.errors,
                required: true,
                extra: [("inputmode", "numeric")]
            ),
            .button(.type(.submit), .class("button"), .text("Enregistrer"))
        )
    }
}
