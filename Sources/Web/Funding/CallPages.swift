import Domain
import Persistence
import SafeHTML
import Services

/// The agent's calls for projects: the list with the form to create one, and one call with its applications and
/// selection committees.
enum CallPages {
    static func list(
        _ calls: [FundingCallRecord],
        lines: [FundingLineRecord],
        form: TypedForm,
        page: PageContext
    ) -> HTML {
        Layout.page(
            title: "Appels à projets",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Accueil", route: .home), Breadcrumb(label: "Appels à projets", route: nil),
            ],
            main: .group(
                .h1(.text("Appels à projets de votre service")),
                FormField.errorSummary(form.errors),
                calls.isEmpty
                    ? EmptyState.node("Aucun appel à projets pour l'instant.")
                    : DataTable.node(
                        caption: "Appels, les plus récents d'abord",
                        columns: ["Appel", "Année", "Clôture", "Publication"],
                        rows: calls.map { call in
                            [
                                DataTable.link(call.content.title, SiteRoute.funding(.call(call.id)).path),
                                DataTable.cell(String(call.year)), DataTable.cell(call.content.closesOn.french),
                                DataTable.cell(call.published ? "Publié" : "Non publié"),
                            ]
                        }
                    ),
                createForm(lines: lines, form: form, page: page)
            )
        )
    }

    static func createForm(lines: [FundingLineRecord], form: TypedForm, page: PageContext) -> Node<HTML.BodyContext> {
        PathwayForm.node(
            id: "form-appel",
            title: "Préparer un appel à projets",
            route: .funding(.callCreate),
            button: "Enregistrer l'appel (non publié)",
            page: page,
            fields: [
                FormField.select(
                    name: "callLine",
                    label: "Ligne budgétaire",
                    options: lines.map { ($0.id, FundingText.line($0)) },
                    selected: form.value("callLine"),
                    errors: form.errors
                ),
                FormField.input(
                    name: "callTitle",
                    label: "Titre",
                    value: form.value("callTitle"),
                    errors: form.errors,
                    required: true
                ),
                FundingFields.textArea(
                    name: "callBody",
                    label: "Texte de l'appel",
                    value: form.value("callBody"),
                    errors: form.errors,
                    required: true,
                    rows: 8
                ),
                FormField.input(
                    name: "callAudience",
                    label: "Public visé",
                    value: form.value("callAudience"),
                    hint:
                        "Par exemple : signataires du CIR depuis moins de 5 ans, bénéficiaires de la protection internationale.",
                    errors: form.errors,
                    required: true
                ),
                FundingFields.checkboxes(
                    prefix: "callTags",
                    legend: "Thématiques",
                    options: FundingFields.tagOptions,
                    checked: Set(FundingFields.tagOptions.map(\.0).filter { form.value("callTags.\($0)") == "oui" }),
                    errors: form.errors,
                    errorField: "callTags"
                ),
                PathwayForm.day("callOpens", label: "Ouverture du dépôt", form: form),
                PathwayForm.day("callCloses", label: "Clôture du dépôt (incluse)", form: form),
                FundingFields.textArea(
                    name: "callCriteria",
                    label: "Grille de notation : un critère par ligne, « intitulé ; poids » (poids de 1 à 10)",
                    value: form.value(
                        "callCriteria",
                        "Pertinence au regard des priorités (emploi, langue) ; 3\nQualité du partenariat ; 2\nBudget et cofinancements ; 1"
                    ),
                    errors: form.errors
                ),
                FundingFields.checkboxes(
                    prefix: "callDocuments",
                    legend: "Pièces exigées",
                    options: DocumentKind.allCases.map { ($0.rawValue, $0.label) },
                    checked: Set(
                        DocumentKind.allCases.map(\.rawValue).filter { form.value("callDocuments.\($0)") == "oui" }
                    ),
                    errors: form.errors,
                    errorField: "callDocuments"
                ),
            ]
        )
    }

    static func detail(_ file: CallFile, form: TypedForm, page: PageContext) -> HTML {
        let call = file.call
        return Layout.page(
            title: call.content.title,
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Appels à projets", route: .funding(.calls)),
                Breadcrumb(label: call.content.title, route: nil),
            ],
            main: .group(
                .h1(.text(call.content.title)),
                .p(
                    .class("lead"),
                    .text(
                        "Dépôt du \(call.content.opensOn.french) au \(call.content.closesOn.french) · "
                            + (call.published ? "publié" : "non publié")
                            + (file.line.map {
                                " · ligne \(FundingText.line($0)), disponible \($0.execution.available.french)"
                            } ?? "")
                    )
                ),
                FormField.errorSummary(form.errors),
                call.published
                    ? .p(
                        .a(
                            .href(SiteRoute.funding(.publicCall(call.id)).path),
                            .text("Voir la page publique de l'appel")
                        )
                    )
                    : ActionButton.node(
                        "Publier l'appel",
                        route: .funding(.publish(call.id)),
                        csrf: page.csrfToken,
                        secondary: false
                    ),
                .h2(.text("Demandes déposées")),
                file.applications.isEmpty
                    ? EmptyState.node("Aucune demande déposée.")
                    : DataTable.node(
                        caption: "Demandes déposées, par numéro",
                        columns: ["N°", "Association", "Projet", "Demandé", "Note /100", "État", "Accordé"],
                        rows: file.applications.map { row in
                            let application = row.application
                            return [
                                DataTable.link(
                                    application.number ?? "",
                                    SiteRoute.funding(.instruction(application.id)).path
                                ),
                                DataTable.cell(row.organisationName), DataTable.cell(application.title),
                                DataTable.cell(application.requested.french),
                                DataTable.cell(application.score.map(String.init) ?? "—"),
                                DataTable.cell(application.status.label),
                                DataTable.cell(FundingText.money(application.granted)),
                            ]
                        }
                    ),
                .h2(.text("Comités de sélection")),
                file.committees.isEmpty
                    ? EmptyState.node("Aucun comité pour l'instant.")
                    : .ul(.forEach(file.committees) { .li(.text("\($0.heldOn.french) – \($0.members)")) }),
                PathwayForm.node(
                    id: "form-comite",
                    title: "Réunir un comité de sélection",
                    route: .funding(.committee(call.id)),
                    button: "Enregistrer le comité",
                    page: page,
                    fields: [
                        PathwayForm.day("committeeDate", label: "Date du comité", form: form),
                        FundingFields.textArea(
                            name: "committeeMembers",
                            label: "Membres (nom et qualité)",
                            value: form.value("committeeMembers"),
                            errors: form.errors,
                            required: true
                        ),
                    ]
                )
            )
        )
    }
}
