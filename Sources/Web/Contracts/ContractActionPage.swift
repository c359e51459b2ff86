import Domain
import Persistence
import SafeHTML
import Services

/// An action of a contract: what it is, its funding lines and yearly credits, its indicators with targets and
/// results per year, and the forms of those who may write them.
enum ContractActionPage {
    static func render(_ file: ContractActionService.ActionFile, form: TypedForm, page: PageContext) -> HTML {
        let action = file.action
        let contract = file.contract
        return Layout.page(
            title: action.title,
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Contrats territoriaux", route: .contracts),
                Breadcrumb(label: contract.title, route: .contract(contract.id)),
                Breadcrumb(label: action.title, route: nil),
            ],
            main: .group(
                .h1(.text(action.title)),
                .p(.class("lead"), .text(file.axis.map { "Axe \($0.position) – \($0.title)" } ?? "")),
                FormField.errorSummary(form.errors),
                .dl(
                    .class("summary-list"),
                    .dt(.text("Porteur")),
                    .dd(.text(action.leadName)),
                    .dt(.text("Partenaires")),
                    .dd(.text(action.partners.nonEmpty ?? "–")),
                    .dt(.text("Public visé")),
                    .dd(.text(action.audience)),
                    .dt(.text("Quartiers prioritaires servis")),
                    .dd(
                        .text(
                            action.qpv.map { "\(file.qpvNames[$0] ?? $0) (\($0))" }.joined(separator: ", ").nonEmpty
                                ?? "Aucun"
                        )
                    ),
                    .dt(.text("Dates")),
                    .dd(.text("du \(ContractText.day(action.startsOn)) au \(ContractText.day(action.endsOn))"))
                ),
                funding(file, form: form, page: page),
                ContractActionPage.indicators(file, form: form, page: page)
            )
        )
    }

    static func funding(
        _ file: ContractActionService.ActionFile,
        form: TypedForm,
        page: PageContext
    )
        -> Node<HTML.BodyContext>
    {
        let years = Array(file.contract.period.years)
        let summaries = years.map { FundingSummary(lines: file.lines, year: $0) }
        return .section(
            .attribute(named: "aria-labelledby", value: "financement"),
            .h2(.id("financement"), .text("Financement")),
            file.lines.isEmpty
                ? EmptyState.node("Aucun financement saisi.")
                : .div(
                    .class("table-scroll"),
                    DataTable.node(
                        caption: "Lignes de financement, montants en euros par an",
                        columns: ["Financeur", "Années", "Montant annuel", "Total", "Subvention des crédits"],
                        rows: file.lines.map { line in
                            [
                                DataTable.header(line.source.label),
                                DataTable.cell(
                                    line.years.count == 1
                                        ? "\(line.years.lowerBound)"
                                        : "\(line.years.lowerBound) à \(line.years.upperBound)"
                                ),
                                ContractPage.amount(line.annualAmount),
                                ContractPage.amount(line.total),
                                DataTable.cell(
                                    line.source.carriesGrant
                                        ? (line.grantID ?? "à rattacher aux crédits du programme 104") : "–"
                                ),
                            ]
                        }
                    ),
                    DataTable.node(
                        caption: "Crédits de l'action par année et par financeur, en euros",
                        columns: ["Financeur"] + years.map { String($0) },
                        rows: FundingSource.allCases.map { source in
                            ContractPage.moneyRow(source.label, summaries.map { $0[source] }, total: false)
                        } + [ContractPage.moneyRow("Total", summaries.map(\.total), total: false)]
                    )
                ),
            .if(
                file.canDraft,
                ContractFields.form(
                    id: "form-financement",
                    title: "Ajouter une ligne de financement",
                    route: .contractFunding(file.action.id),
                    button: "Ajouter le financement",
                    page: page,
                    fields: [
                        FormField.select(
                            name: "fundingSource",
                            label: "Financeur",
                            options: FundingSource.allCases.map { ($0.rawValue, $0.label) },
                            selected: form.value("fundingSource"),
                            errors: form.errors
                        ),
                        yearSelect("fundingFrom", label: "Première année", years: years, form: form),
                        yearSelect("fundingTo", label: "Dernière année", years: years, form: form),
                        FormField.input(
                            name: "fundingAmount",
                            label: "Montant par année, en euros",
                            value: form.value("fundingAmount"),
                            hint: "Par exemple 25 000 ou 12 500,50.",
                            errors: form.errors,
                            required: true,
                            extra: [("inputmode", "decimal")]
                        ),
                        FormField.input(
                            name: "fundingGrant",
                            label: "Référence de la subvention (programme 104 seulement)",
                            value: form.value("fundingGrant"),
                            hint: "Laissez vide si elle n'est pas encore connue : la ligne sera rattachée aux crédits.",
                            errors: form.errors
                        ),
                    ]
                )
            )
        )
    }

    /// A select of the contract's years.
    static func yearSelect(_ name: String, label: String, years: [Int], form: TypedForm) -> Node<HTML.FormContext> {
        FormField.select(
            name: name,
            label: label,
            options: years.map { (String($0), String($0)) },
            selected: form.value(name),
            errors: form.errors
        )
    }
}
