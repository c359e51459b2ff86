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
        eligibility: EligibilityOutcome? = nil,
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
                .unwrap(eligibility) { eligibilityPanel($0) },
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
                            departementField: "departement",
                            errors: errors
                        )
                    ),
                    PersonFields.node(
                        input.person,
                        legend: "Personne de référence du ménage",
                        countries: choices.countries,
                        errors: errors
                    ),
                    .fieldset(
                        .element(
                            named: "legend",
                            text: "Exception du préfet (seulement pour une personne non éligible)"
                        ),
                        FormField.checkbox(
                            name: "prefectException",
                            label: "Exception sur instruction du préfet, avec l'accord de l'OFII",
                            checked: input.prefectException
                        ),
                        FormField.input(
                            name: "prefectInstruction",
                            label: "Instruction du préfet : date et référence",
                            value: input.prefectInstruction,
                            hint:
                                "Obligatoire quand l'orientation ne repose que sur l'exception, par exemple « courrier "
                                + "du 3 mars 2026, réf. DDETS-2026-041 ».",
                            errors: errors
                        )
                    ),
                    .if(!duplicates.isEmpty, DuplicateList.confirmation()),
                    .button(.type(.submit), .class("button"), .text("Orienter le ménage"))
                )
            )
        )
    }

    /// The eligibility computed on the typed facts, shown before anything is sent: why the person is not eligible,
    /// condition by condition.
    static func eligibilityPanel(_ outcome: EligibilityOutcome) -> Node<HTML.BodyContext> {
        .section(
            .id("champ-eligibility"),
            .class("eligibility-panel"),
            .attribute(named: "aria-labelledby", value: "eligibilite-titre"),
            .h2(.id("eligibilite-titre"), .text(outcome.summary)),
            DataTable.node(
                caption: "Conditions d'éligibilité au \(outcome.referralDate.french)",
                columns: ["Condition", "Remplie", "Explication"],
                rows: outcome.conditions.map {
                    [
                        DataTable.header(EligibilityCheckPage.conditionLabel($0.code)),
                        DataTable.cell($0.met ? "Oui" : "Non"),
                        DataTable.cell($0.explanation),
                    ]
                }
            )
        )
    }
}
