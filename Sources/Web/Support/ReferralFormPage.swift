import Domain
import SafeHTML
import Services

/// The OFII agent's referral form, with possible duplicates to review before anything is written.
enum ReferralFormPage {
    struct Choices: Sendable {
        let departements: [Departement]
        let countries: [Country]
    }

    static func render(
        input: ReferralInput,
        choices: Choices,
        duplicates: [ReferralService.Duplicate],
        errors: FieldErrors,
        page: PageContext
    ) -> HTML {
        Layout.page(
            title: errors.isEmpty ? "Nouvelle orientation" : "Erreur – Nouvelle orientation",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Accueil", route: .home), Breadcrumb(label: "Orientations", route: .referrals),
                Breadcrumb(label: "Nouvelle orientation", route: nil),
            ],
            main: .group(
                .h1(.text("Orienter un ménage vers AGIR")),
                .p(
                    .class("hint"),
                    .text(
                        "Ne saisissez jamais le récit d'asile ni des informations de santé : seules les informations utiles à l'orientation sont demandées."
                    )
                ),
                FormField.errorSummary(errors),
                .if(!duplicates.isEmpty, DuplicateList.node(duplicates)),
                .form(
                    .method(.post),
                    .action(SiteRoute.referralCreate.path),
                    .novalidate(),
                    CSRFField.node(page.csrfToken),
                    .fieldset(
                        .element(named: "legend", text: "Orientation"),
                        FormField.input(
                            name: "referralDate",
                            label: "Date d'orientation",
                            type: .date,
                            value: input.referralDate,
                            errors: errors,
                            required: true
                        ),
                        FormField.select(
                            name: "departement",
                            label: "Département de résidence",
                            options: choices.departements.map { ($0.code, $0.label) },
                            selected: input.departement,
                            errors: errors
                        ),
                        TerritoryPickers.commune(
                            name: "commune",
                            label: "Commune de résidence (facultatif)",
                            value: input.commune,
                            errors: errors
                        )
                    ),
                    PersonFields.node(
                        input.person,
                        legend: "Personne de référence du ménage",
                        countries: choices.countries,
                        errors: errors
                    ),
                    FormField.checkbox(
                        name: "prefectException",
                        label: "Exception sur instruction du préfet, avec l'accord de l'OFII",
                        checked: input.prefectException
                    ),
                    .if(!duplicates.isEmpty, DuplicateList.confirmation()),
                    .button(.type(.submit), .class("button"), .text("Orienter le ménage"))
                )
            )
        )
    }
}
