import Domain
import Persistence
import SafeHTML
import Services

/// The budget lines of the agent's territory with their execution, and for BOP managers the forms that notify them.
enum LinePages {
    static func render(
        _ lines: [FundingLineRecord],
        names: [String: String],
        departements: [Departement],
        form: TypedForm,
        page: PageContext
    ) -> HTML {
        let managesBOP = page.account.map { BudgetManagers().admits($0.role) } ?? false
        return Layout.page(
            title: "Lignes budgétaires du programme 104",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Accueil", route: .home), Breadcrumb(label: "Lignes budgétaires", route: nil),
            ],
            main: .group(
                .h1(.text("Lignes budgétaires du programme 104")),
                .p(
                    .text(
                        "Dotation et réserve sont notifiées par le responsable du BOP ; le reste est calculé : programmé "
                            + "(subventions accordées), AE engagées, CP payés, restes à payer (AE − CP payés sur ces "
                            + "engagements) et disponible (dotation − réserve − programmé)."
                    )
                ),
                FormField.errorSummary(form.errors),
                lines.isEmpty
                    ? EmptyState.node("Aucune ligne budgétaire dans votre périmètre.") : table(lines, names: names),
                .if(managesBOP, createForm(departements: departements, form: form, page: page)),
                .if(managesBOP && !lines.isEmpty, updateForm(lines, form: form, page: page))
            )
        )
    }

    static func table(_ lines: [FundingLineRecord], names: [String: String]) -> Node<HTML.BodyContext> {
        .div(
            .class("table-scroll"),
            DataTable.node(
                caption: "Lignes et exécution (montants en euros)",
                columns: [
                    "Ligne", "UO", "Dotation", "Réserve", "Programmé", "AE engagées", "CP payés", "Restes à payer",
                    "Disponible",
                ],
                rows: lines.map { line in
                    let execution = line.execution
                    return [
                        DataTable.header(FundingText.line(line)),
                        DataTable.cell(
                            FundingText.territory(
                                regionCode: line.regionCode,
                                departementCode: line.departementCode,
                                names: names
                            )
                        ),
                        DataTable.cell(execution.allocation.french),
                        DataTable.cell(
                            "\(execution.reserve.french) (\(ReserveRate.french(execution.reserveBasisPoints)))"
                        ),
                        DataTable.cell(execution.programmed.french), DataTable.cell(execution.committed.french),
                        DataTable.cell(execution.paid.french), DataTable.cell(execution.remainingToPay.french),
                        DataTable.cell(execution.available.french),
                    ]
                }
            )
        )
    }

    static func createForm(departements: [Departement], form: TypedForm, page: PageContext) -> Node<HTML.BodyContext> {
        PathwayForm.node(
            id: "form-ligne",
            title: "Créer une ligne",
            route: .funding(.lineCreate),
            button: "Créer la ligne",
            page: page,
            fields: [
                FormField.input(
                    name: "lineYear",
                    label: "Année",
                    value: form.value("lineYear"),
                    errors: form.errors,
                    required: true,
                    extra: [("inputmode", "numeric")]
                ),
                FormField.select(
                    name: "lineDepartement",
                    label: "Unité opérationnelle",
                    options: [("", "Niveau régional (appels de la DREETS)")] + departements.map { ($0.code, $0.label) },
                    selected: form.value("lineDepartement"),
                    placeholder: nil,
                    errors: form.errors
                ),
                FormField.select(
                    name: "lineAction",
                    label: "Action",
                    options: BudgetAction.allCases.map { ($0.rawValue, $0.label) },
                    selected: form.value("lineAction", BudgetAction.integration.rawValue),
                    errors: form.errors
                ),
                FormField.select(
                    name: "lineSubAction",
                    label: "Sous-action",
                    options: SubAction.allCases.map { ($0.rawValue, $0.label) },
                    selected: form.value("lineSubAction"),
                    errors: form.errors
                ),
                FormField.input(
                    name: "lineLabel",
                    label: "Intitulé",
                    value: form.value("lineLabel"),
                    errors: form.errors,
                    required: true
                ),
                FormField.input(
                    name: "lineAllocation",
                    label: "Dotation notifiée (€)",
                    value: form.value("lineAllocation"),
                    errors: form.errors,
                    required: true,
                    extra: [("inputmode", "decimal")]
                ),
                FormField.input(
                    name: "lineReserve",
                    label: "Taux de réserve de précaution (%)",
                    value: form.value("lineReserve"),
                    hint: "Par exemple 5,5.",
                    errors: form.errors,
                    extra: [("inputmode", "decimal")]
                ),
            ]
        )
    }

    static func updateForm(_ lines: [FundingLineRecord], form: TypedForm, page: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "modifier-lignes"),
            .h2(.id("modifier-lignes"), .text("Modifier une dotation")),
            .div(
                .class("form-grid"),
                .forEach(lines.prefix(60)) { line in
                    PathwayForm.node(
                        id: "ligne-\(line.id)",
                        title: FundingText.line(line),
                        route: .funding(.lineUpdate(line.id)),
                        button: "Enregistrer la dotation",
                        page: page,
                        fields: [
                            FormField.input(
                                name: "lineAllocation-\(line.id)",
                                label: "Dotation notifiée (€)",
                                value: line.execution.allocation.decimal.replacingOccurrences(of: ".", with: ","),
                                errors: FieldErrors(),
                                extra: [("inputmode", "decimal")]
                            ),
                            FormField.input(
                                name: "lineReserve-\(line.id)",
                                label: "Taux de réserve (%)",
                                value: ReserveRate.french(line.execution.reserveBasisPoints).replacingOccurrences(
                                    of: " %",
                                    with: ""
                                ),
                                errors: FieldErrors(),
                                extra: [("inputmode", "decimal")]
                            ),
                        ]
                    )
                }
            )
        )
    }
}
