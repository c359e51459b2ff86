import Domain
import SafeHTML

/// Administrator pages for organisations: the list and the create / edit form.
enum OrganisationPages {
    static let home = Breadcrumb(label: "Accueil", route: .home)
    static let list = Breadcrumb(label: "Organisations", route: .organisations)

    static func list(_ organisations: [Organisation], page: PageContext) -> HTML {
        Layout.page(
            title: "Organisations",
            page: page,
            breadcrumbs: [home, Breadcrumb(label: list.label, route: nil)],
            main: .group(
                .h1(.text("Organisations")),
                .p(.a(.class("button"), .href(SiteRoute.organisationNew.path), .text("Nouvelle organisation"))),
                organisations.isEmpty
                    ? EmptyState.node("Aucune organisation pour le moment.")
                    : DataTable.node(
                        caption: "\(organisations.count) organisations",
                        columns: ["Nom", "Type", "SIRET", "Départements", "État", "Action"],
                        rows: organisations.map { organisation in
                            [
                                DataTable.header(organisation.name), DataTable.cell(organisation.kind.label),
                                DataTable.cell(organisation.siret ?? "–"),
                                DataTable.cell(organisation.departementCodes.joined(separator: ", ").ifEmpty("–")),
                                DataTable.cell(organisation.active ? "Active" : "Désactivée"),
                                DataTable.link(
                                    "Modifier",
                                    SiteRoute.organisation(organisation.id).path,
                                    label: "Modifier \(organisation.name)"
                                ),
                            ]
                        }
                    )
            )
        )
    }

    /// The form; `organisation` is nil when creating.
    static func form(
        organisation: Organisation?,
        input: OrganisationInput,
        errors: FieldErrors,
        page: PageContext
    ) -> HTML {
        let title = organisation == nil ? "Nouvelle organisation" : "Modifier « \(organisation?.name ?? "") »"
        let action: SiteRoute = organisation.map { .organisationUpdate($0.id) } ?? .organisationCreate
        return Layout.page(
            title: errors.isEmpty ? title : "Erreur – \(title)",
            page: page,
            breadcrumbs: [home, list, Breadcrumb(label: title, route: nil)],
            main: .group(
                .h1(.text(title)),
                FormField.errorSummary(errors),
                .form(
                    .method(.post),
                    .action(action.path),
                    .novalidate(),
                    CSRFField.node(page.csrfToken),
                    FormField.input(name: "name", label: "Nom", value: input.name, errors: errors, required: true),
                    FormField.select(
                        name: "kind",
                        label: "Type d'organisation",
                        options: OrganisationKind.allCases.map { ($0.rawValue, $0.label) },
                        selected: input.kind,
                        errors: errors
                    ),
                    FormField.input(
                        name: "siret",
                        label: "SIRET (facultatif)",
                        value: input.siret,
                        hint: "14 chiffres, espaces permis, par exemple 123 456 789 00012.",
                        errors: errors,
                        extra: [("inputmode", "numeric")]
                    ),
                    FormField.input(
                        name: "rna",
                        label: "Numéro RNA (associations, facultatif)",
                        value: input.rna,
                        hint: "W suivi de 9 chiffres, par exemple W691234567.",
                        errors: errors
                    ),
                    FormField.input(
                        name: "departements",
                        label: "Départements d'intervention",
                        value: input.departementCodes.joined(separator: ", "),
                        hint:
                            "Codes séparés par des virgules, par exemple « 69, 01 ». Vide pour une organisation nationale ou régionale.",
                        errors: errors
                    ),
                    .button(
                        .type(.submit),
                        .class("button"),
                        .text(organisation == nil ? "Créer l'organisation" : "Enregistrer")
                    )
                ),
                .unwrap(organisation) { organisation in
                    .section(
                        .attribute(named: "aria-labelledby", value: "etat"),
                        .h2(.id("etat"), .text(organisation.active ? "Désactiver" : "Réactiver")),
                        .p(
                            .text(
                                organisation.active
                                    ? "Une organisation désactivée ne peut plus recevoir de nouveaux comptes ; son historique est conservé."
                                    : "Cette organisation est désactivée."
                            )
                        ),
                        organisation.active
                            ? Confirmation.action(
                                "Désactiver l'organisation",
                                confirm: "Je confirme la désactivation de cette organisation et de ses comptes",
                                route: .organisationDeactivate(organisation.id),
                                csrf: page.csrfToken
                            )
                            : ActionButton.node(
                                "Réactiver l'organisation",
                                route: .organisationReactivate(organisation.id),
                                csrf: page.csrfToken
                            )
                    )
                }
            )
        )
    }
}

extension String {
    /// The string, or `replacement` when it is empty.
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
