import Domain
import SafeHTML
import Services

/// The form that prepares a contract or changes one still in preparation.
enum ContractFormPage {
    static func render(_ file: ContractFile?, options: ContractFormOptions, form: TypedForm, page: PageContext) -> HTML
    {
        let contract = file?.contract
        let title = contract == nil ? "Préparer un contrat" : "Modifier le contrat"
        return Layout.page(
            title: title,
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Contrats territoriaux", route: .contracts),
                contract.map { Breadcrumb(label: $0.title, route: .contract($0.id)) },
                Breadcrumb(label: title, route: nil),
            ].compactMap { $0 },
            main: .group(
                .h1(.text(title)),
                .p(
                    .text(
                        "Le contrat est préparé avec les collectivités à partir d'un diagnostic territorial partagé. "
                            + "Tant qu'il n'est pas signé, son territoire, ses dates et ses signataires peuvent changer."
                    )
                ),
                FormField.errorSummary(form.errors),
                ContractFields.form(
                    id: "form-contrat",
                    title: "Le contrat",
                    route: contract.map { .contractUpdate($0.id) } ?? .contractCreate,
                    button: contract == nil ? "Créer le contrat en préparation" : "Enregistrer",
                    page: page,
                    fields: fields(file, options: options, form: form)
                )
            )
        )
    }

    static func fields(_ file: ContractFile?, options: ContractFormOptions, form: TypedForm) -> [Node<HTML.FormContext>]
    {
        let contract = file?.contract
        let departements = options.departements.map { ($0.code, $0.label) }
        return [
            FormField.select(
                name: "contractKind",
                label: "Type de contrat",
                options: ContractKind.allCases.map { ($0.rawValue, $0.label) },
                selected: form.value("contractKind", contract?.kind.rawValue ?? ""),
                errors: form.errors
            ),
            FormField.input(
                name: "contractTitle",
                label: "Intitulé",
                value: form.value("contractTitle", contract?.title ?? ""),
                hint: "Par exemple « CTAI de la Métropole de Lyon 2025–2027 ».",
                errors: form.errors,
                required: true
            ),
            departements.count == 1
                ? .group(
                    .input(.type(.hidden), .name("contractDepartements"), .value(departements[0].0)),
                    .p(.text("Département : \(departements[0].1)"))
                )
                : ContractFields.checkboxes(
                    name: "contractDepartements",
                    legend: "Départements du contrat",
                    options: departements,
                    checked: Set(
                        form.typed.isEmpty ? contract?.departements ?? [] : [form.value("contractDepartements")]
                    ),
                    hint: "Le premier coché est celui de la préfecture qui suit le contrat.",
                    errors: form.errors
                ),
            PathwayForm.day(
                "contractStart",
                label: "Début du contrat",
                form: form,
                value: contract?.period.startsOn.iso ?? ""
            ),
            PathwayForm.day(
                "contractEnd",
                label: "Fin du contrat",
                form: form,
                value: contract?.period.endsOn.iso ?? ""
            ),
            FormField.input(
                name: "contractPrefect",
                label: "Signataire pour l'État",
                value: form.value("contractPrefect", contract?.prefect ?? ""),
                hint: "La fonction, par exemple « Préfète du Rhône ».",
                errors: form.errors,
                required: true
            ),
            ContractFields.textArea(
                name: "contractCommunes",
                label: "Communes du territoire (codes officiels INSEE)",
                value: form.value("contractCommunes", file?.communes.map(\.code).joined(separator: ", ") ?? ""),
                hint: "Séparés par des virgules ou des espaces, par exemple 69123, 69266, 69256. Les quartiers "
                    + "prioritaires de ces communes suivent. Les codes se trouvent dans les référentiels territoriaux.",
                errors: form.errors
            ),
        ]
    }
}
