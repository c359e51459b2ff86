import Domain
import SafeHTML

/// National steering's page to correct the date AGIR was deployed in each département.
enum DeploymentPage {
    static func render(
        _ departements: [Departement],
        typed: [String: String] = [:],
        errors: FieldErrors = FieldErrors(),
        page: PageContext
    ) -> HTML {
        Layout.page(
            title: errors.isEmpty ? "Déploiement d'AGIR" : "Erreur – Déploiement d'AGIR",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Accueil", route: .home), Breadcrumb(label: "Déploiement d'AGIR", route: nil),
            ],
            main: .group(
                .h1(.text("Déploiement d'AGIR par département")),
                .p(
                    .text(
                        "La date de déploiement décide de l'éligibilité : une orientation n'est éligible qu'à partir de cette date. AGIR couvre la métropole hors Corse ; laissez vide un département où AGIR n'est pas déployé. Chaque modification est inscrite au journal d'audit."
                    )
                ),
                FormField.errorSummary(errors),
                .form(
                    .method(.post),
                    .action(SiteRoute.agirDeploymentUpdate.path),
                    .novalidate(),
                    CSRFField.node(page.csrfToken),
                    .table(
                        .class("table"),
                        .caption(.text("Dates de déploiement")),
                        .thead(
                            .tr(
                                .th(.attribute(named: "scope", value: "col"), .text("Département")),
                                .th(.attribute(named: "scope", value: "col"), .text("AGIR déployé le"))
                            )
                        ),
                        .tbody(
                            .forEach(departements) { departement in
                                let name = "deploiement-\(departement.code)"
                                let value =
                                    typed[departement.code] ?? departement.agirDeployedOn?.iso ?? ""
                                let error = errors[name]
                                return .tr(
                                    .th(
                                        .attribute(named: "scope", value: "row"),
                                        .id("dep-\(departement.code)"),
                                        .text(departement.label)
                                    ),
                                    .td(
                                        .unwrap(error) {
                                            .p(.class("error-message"), .id("\(name)-erreur"), .text("Erreur : \($0)"))
                                        },
                                        RawElement.input(
                                            [
                                                ("type", "date"), ("id", "champ-\(name)"), ("name", name),
                                                ("value", value),
                                                ("aria-labelledby", "dep-\(departement.code)"),
                                            ]
                                                + (error == nil
                                                    ? []
                                                    : [
                                                        ("aria-invalid", "true"),
                                                        ("aria-describedby", "\(name)-erreur"),
                                                    ])
                                        )
                                    )
                                )
                            }
                        )
                    ),
                    .button(.type(.submit), .class("button"), .text("Enregistrer les dates"))
                )
            )
        )
    }
}
