import Domain
import SafeHTML

/// The AGIR eligibility check: the facts of a referral in, every condition with its dates out. Nothing is stored.
enum EligibilityCheckPage {
    /// What was typed, as it came.
    struct Form: Sendable {
        var referralDate = ""
        var departement = ""
        var protection = ""
        var protectionDate = ""
        var cirSignatureDate = ""
        var joiningRelative = false
        var prefectException = false
    }

    static let protections: [(value: String, label: String)] =
        [("", "Aucune protection")] + ProtectionKind.allCases.map { ($0.rawValue, $0.label.capitalizedFirst) }

    static func render(
        form: Form,
        departements: [Departement],
        outcome: EligibilityOutcome?,
        errors: FieldErrors,
        page: PageContext
    ) -> HTML {
        Layout.page(
            title: errors.isEmpty ? "Éligibilité à AGIR" : "Erreur – Éligibilité à AGIR",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Accueil", route: .home), Breadcrumb(label: "Éligibilité à AGIR", route: nil),
            ],
            main: .group(
                .h1(.text("Vérifier l'éligibilité à AGIR")),
                .p(
                    .text(
                        "Saisissez la situation à la date d'orientation : Parcours applique la règle d'éligibilité et montre chaque condition avec les dates utilisées. Rien n'est enregistré."
                    )
                ),
                FormField.errorSummary(errors),
                .form(
                    .method(.get),
                    .action(SiteRoute.agirEligibilityCheck.path),
                    .novalidate(),
                    FormField.input(
                        name: "orientation",
                        label: "Date d'orientation",
                        type: .date,
                        value: form.referralDate,
                        errors: errors,
                        required: true
                    ),
                    TerritoryPickers.departement(
                        name: "departement",
                        label: "Département de résidence",
                        departements: departements,
                        selected: form.departement,
                        errors: errors
                    ),
                    FormField.select(
                        name: "protection",
                        label: "Protection",
                        options: protections,
                        selected: form.protection,
                        placeholder: nil,
                        errors: errors
                    ),
                    FormField.input(
                        name: "date_protection",
                        label: "Date de la décision de protection (OFPRA ou CNDA)",
                        type: .date,
                        value: form.protectionDate,
                        errors: errors
                    ),
                    FormField.input(
                        name: "date_cir",
                        label: "Date de signature du CIR",
                        type: .date,
                        value: form.cirSignatureDate,
                        hint: "Vide si le CIR n'est pas signé.",
                        errors: errors
                    ),
                    FormField.checkbox(
                        name: "rejoignant",
                        label: "Rejoignant d'une personne éligible",
                        checked: form.joiningRelative
                    ),
                    FormField.checkbox(
                        name: "exception",
                        label: "Exception sur instruction du préfet, avec l'accord de l'OFII",
                        checked: form.prefectException
                    ),
                    .button(.type(.submit), .class("button"), .text("Vérifier"))
                ),
                .unwrap(outcome) { result(form: form, outcome: $0) }
            )
        )
    }

    private static func result(form: Form, outcome: EligibilityOutcome) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "resultat"),
            .h2(.id("resultat"), .text(outcome.eligible ? "Éligible à AGIR" : "Non éligible à AGIR")),
            .p(
                .class(outcome.eligible ? "flash flash-success" : "flash flash-error"),
                .attribute(named: "role", value: "status"),
                .text(
                    outcome.eligible
                        ? "Éligible au titre : \(outcome.basis.label)."
                        : "Au moins une condition requise n'est pas remplie."
                )
            ),
            DataTable.node(
                caption: "Conditions à la date d'orientation du \(outcome.referralDate.french)",
                columns: ["Condition", "Remplie", "Explication"],
                rows: outcome.conditions.map { condition in
                    [
                        DataTable.header(EligibilityCheckPage.conditionLabel(condition.code)),
                        DataTable.cell(condition.met ? "Oui" : "Non"), DataTable.cell(condition.explanation),
                    ]
                }
            )
        )
    }

    static func conditionLabel(_ code: String) -> String {
        switch code {
        case "protection_type": "Type de protection"
        case "protection_recent": "Protection récente"
        case "cir_signed": "CIR signé"
        case "departement_covered": "Département couvert"
        case "departement_deployed": "AGIR déployé"
        case "joining_relative": "Rejoignant"
        case "prefect_exception": "Exception préfectorale"
        default: code
        }
    }
}

extension String {
    /// The string with its first letter in capitals.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
    /// The string with its first letter in lower case.
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
