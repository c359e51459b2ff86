import Domain
import Persistence
import SafeHTML
import Services

extension ContractPage {
    /// The axes with their actions, and the prefecture's forms to add axes and actions.
    static func axes(
        _ file: ContractFile,
        options: ContractFormOptions?,
        form: TypedForm,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        let canAdd = file.canDraft && file.contract.status != .ended
        let year = file.creditYear
        return .section(
            .attribute(named: "aria-labelledby", value: "axes"),
            .h2(.id("axes"), .text("Axes et actions")),
            file.axes.isEmpty
                ? EmptyState.node("Aucun axe pour l'instant.")
                : .group(
                    .forEach(file.axes) { axis in
                        let actions = file.actions(of: axis)
                        return .group(
                            .h3(.text("Axe \(axis.position) – \(axis.title)")),
                            .p(.class("hint"), .text("Domaine : \(axis.domain.label)")),
                            actions.isEmpty
                                ? .p(.text("Aucune action dans cet axe."))
                                : DataTable.node(
                                    caption: "Actions de l'axe « \(axis.title) »",
                                    columns: ["Action", "Porteur", "Quartiers servis", "Dates", "Financement \(year)"],
                                    rows: actions.map { action in
                                        [
                                            DataTable.link(action.title, SiteRoute.contractActionPage(action.id).path),
                                            DataTable.cell(action.leadName),
                                            DataTable.cell(
                                                action.qpv.map { file.qpvNames[$0] ?? $0 }.joined(separator: ", ")
                                                    .nonEmpty ?? "–"
                                            ),
                                            DataTable.cell(
                                                "du \(ContractText.day(action.startsOn)) au \(ContractText.day(action.endsOn))"
                                            ),
                                            .td(
                                                .class("numeric"),
                                                .text(
                                                    FundingSummary(
                                                        lines: file.lines.filter { $0.actionID == action.id },
                                                        year: year
                                                    ).total.french
                                                )
                                            ),
                                        ]
                                    }
                                )
                        )
                    }
                ),
            .if(canAdd, axisForm(file, form: form, page: page)),
            .if(canAdd && !file.axes.isEmpty, actionForm(file, options: options, form: form, page: page))
        )
    }

    static func axisForm(_ file: ContractFile, form: TypedForm, page: PageContext) -> Node<HTML.BodyContext> {
        ContractFields.form(
            id: "form-axe",
            title: "Ajouter un axe",
            route: .contractAxis(file.contract.id),
            button: "Ajouter l'axe",
            page: page,
            fields: [
                FormField.select(
                    name: "axisDomain",
                    label: "Domaine",
                    options: IntegrationDomain.allCases.map { ($0.rawValue, $0.label) },
                    selected: form.value("axisDomain"),
                    errors: form.errors
                ),
                FormField.input(
                    name: "axisTitle",
                    label: "Intitulé de l'axe",
                    value: form.value("axisTitle"),
                    hint: "Vide : le nom du domaine.",
                    errors: form.errors
                ),
            ]
        )
    }

    static func actionForm(
        _ file: ContractFile,
        options: ContractFormOptions?,
        form: TypedForm,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        ContractFields.form(
            id: "form-action",
            title: "Ajouter une action",
            route: .contractAction(file.contract.id),
            button: "Ajouter l'action",
            page: page,
            fields: [
                FormField.select(
                    name: "actionAxis",
                    label: "Axe",
                    options: file.axes.map { ($0.id, "Axe \($0.position) – \($0.title)") },
                    selected: form.value("actionAxis"),
                    errors: form.errors
                ),
                FormField.input(
                    name: "actionTitle",
                    label: "Intitulé de l'action",
                    value: form.value("actionTitle"),
                    errors: form.errors,
                    required: true
                ),
                FormField.select(
                    name: "actionLead",
                    label: "Porteur inscrit dans Parcours",
                    options: (options?.leads ?? []).map { ($0.id, $0.name) },
                    selected: form.value("actionLead"),
                    placeholder: "— Porteur hors de Parcours —",
                    hint: "Ses comptes partenaires verront l'action et y saisiront les résultats.",
                    errors: form.errors
                ),
                FormField.input(
                    name: "actionLeadName",
                    label: "Nom du porteur, s'il n'est pas dans Parcours",
                    value: form.value("actionLeadName"),
                    errors: form.errors
                ),
                FormField.input(
                    name: "actionPartners",
                    label: "Partenaires",
                    value: form.value("actionPartners"),
                    hint: "Séparés par des virgules.",
                    errors: form.errors
                ),
                FormField.input(
                    name: "actionAudience",
                    label: "Public visé",
                    value: form.value("actionAudience"),
                    hint:
                        "Par exemple « bénéficiaires de la protection internationale arrivés depuis moins de 5 ans ».",
                    errors: form.errors,
                    required: true
                ),
                file.territoryQPV.isEmpty
                    ? .p(.class("hint"), .text("Le territoire du contrat n'a aucun quartier prioritaire."))
                    : ContractFields.checkboxes(
                        name: "actionQPV",
                        legend: "Quartiers prioritaires servis",
                        options: file.territoryQPV.map { ($0.code, "\($0.name) (\($0.code))") },
                        checked: [form.value("actionQPV")],
                        errors: form.errors
                    ),
                PathwayForm.day("actionStart", label: "Début", form: form, value: file.contract.period.startsOn.iso),
                PathwayForm.day("actionEnd", label: "Fin", form: form, value: file.contract.period.endsOn.iso),
            ]
        )
    }

    /// The credits of the contract's actions, by source and year of the contract, with totals.
    static func credits(_ file: ContractFile) -> Node<HTML.BodyContext> {
        let years = Array(file.contract.period.years)
        let summaries = years.map { file.credits(in: $0) }
        return .section(
            .attribute(named: "aria-labelledby", value: "financements"),
            .h2(.id("financements"), .text("Financements par année et par financeur")),
            file.lines.isEmpty
                ? EmptyState.node("Aucun financement saisi : ajoutez-les depuis la page de chaque action.")
                : .div(
                    .class("table-scroll"),
                    DataTable.node(
                        caption: "Crédits des actions du contrat, en euros",
                        columns: ["Financeur"] + years.map { String($0) } + ["Total"],
                        rows: FundingSource.allCases.map { source in
                            moneyRow(source.label, summaries.map { $0[source] }, total: true)
                        } + [moneyRow("Total", summaries.map(\.total), total: true)]
                    )
                )
        )
    }

    static func amount(_ money: Money) -> Node<HTML.TableRowContext> { .td(.class("numeric"), .text(money.french)) }

    /// A row of amounts with its header, and their sum last when `total`.
    static func moneyRow(_ label: String, _ amounts: [Money], total: Bool) -> [Node<HTML.TableRowContext>] {
        let cells: [Node<HTML.TableRowContext>] = amounts.map { amount($0) }
        return [DataTable.header(label)] + cells + (total ? [amount(Money.sum(amounts))] : [])
    }
}

extension ContractFile {
    /// The year whose credits the action tables show: the current one within the contract's years, or the closest.
    var creditYear: Int { min(max(today.year, contract.period.years.lowerBound), contract.period.years.upperBound) }
}
