import Domain
import SafeHTML
import Services

/// A person's pathway: what each title requires and what is missing, French progress per skill, CIR, proofs, civic
/// exams, courses and work situations, with the forms to record them.
enum PathwayPage {
    static func render(_ file: PathwayFile, form: TypedForm, page: PageContext) -> HTML {
        let name = file.person.documentNames
        return Layout.page(
            title: "Parcours de \(name)",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Ménages", route: .households),
                Breadcrumb(label: "Dossier du ménage", route: .household(file.household.id)),
                Breadcrumb(label: "Parcours de \(name)", route: nil),
            ],
            main: .group(
                .h1(.text("Parcours de \(name)")),
                .p(
                    .class("hint"),
                    .text(
                        "Protection : \(ProtectionStatus(rawValue: file.person.protection ?? "")?.frenchLabel ?? "non renseignée")"
                            + " · CIR signé le \(file.cir?.signedOn.french ?? file.person.cirSignatureDate?.french ?? "–")"
                    )
                ),
                FormField.errorSummary(form.errors),
                requirements(file, form: form),
                .section(
                    .attribute(named: "aria-labelledby", value: "progression"),
                    .h2(.id("progression"), .text("Progression en français")),
                    LanguageProgressChart.node(file.progress, today: file.today)
                ),
                CIRSection.node(file, form: form, page: page),
                LanguageSection.node(file, form: form, page: page),
                CivicExamSection.node(file, form: form, page: page),
                CourseSection.node(file, form: form, page: page),
                EmploymentSection.node(file)
            )
        )
    }

    /// Per title, a first application today: required level and exam, conditions met or missing, proofs' end.
    static func requirements(_ file: PathwayFile, form: TypedForm) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "exigences"),
            .h2(
                .id("exigences"),
                .text(
                    "Exigences pour \(file.application == .renewal ? "un renouvellement" : "une première demande"), à la date du \(file.applicationDate.french)"
                )
            ),
            .form(
                .method(.get),
                .action(SiteRoute.personPathway(file.person.id).path + "#exigences"),
                .class("inline-form"),
                FormField.select(
                    name: "demande",
                    label: "Demande",
                    options: [("premiere", "Première demande"), ("renouvellement", "Renouvellement")],
                    selected: file.application == .renewal ? "renouvellement" : "premiere",
                    placeholder: nil
                ),
                FormField.input(
                    name: "date",
                    label: "Date de la demande",
                    type: .date,
                    value: file.applicationDate.iso,
                    hint: "Une autre date montre par exemple les règles de 2025 ou la fin d'une certification.",
                    errors: form.errors
                ),
                .button(.type(.submit), .class("button button-secondary"), .text("Évaluer"))
            ),
            DataTable.node(
                caption: "Ce que la loi exige et ce qui manque, par titre",
                columns: [
                    "Titre", "Niveau exigé", "Examen civique", "Statut", "Ce qui manque", "Preuves valables jusqu'au",
                ],
                rows: file.requirements.map { entry in
                    guard let evaluation = entry.evaluation else {
                        return [
                            DataTable.header(entry.title.frenchLabel.capitalizedFirst), DataTable.cell("–"),
                            DataTable.cell("–"), DataTable.cell("Non évaluable"), DataTable.cell(entry.problem ?? "–"),
                            DataTable.cell("–"),
                        ]
                    }
                    // The per-skill conditions say what is missing more precisely than the overall level one.
                    let missing = evaluation.conditions.filter {
                        !$0.met && $0.code != RequirementConditionCode.languageLevel
                    }.map(\.explanation)
                    return [
                        DataTable.header(entry.title.frenchLabel.capitalizedFirst),
                        DataTable.cell(evaluation.requiredLevel?.frenchLabel ?? "Aucun"),
                        DataTable.cell(evaluation.civicExamRequired ? "Exigé" : "Non exigé"),
                        .td(
                            .class(evaluation.met ? "status-met" : "status-missing"),
                            .text(evaluation.met ? "Conditions remplies" : "Conditions non remplies")
                        ),
                        missing.isEmpty
                            ? DataTable.cell("Rien")
                            : .td(.ul(.forEach(missing) { .li(.text($0.capitalizedFirst)) })),
                        DataTable.cell(
                            evaluation.requiredLevel == nil || evaluation.bestLevels.isEmpty
                                ? "–" : evaluation.proofsValidUntil.map { $0.adding(days: -1).french } ?? "Sans limite"
                        ),
                    ]
                }
            ),
            .p(
                .class("hint"),
                .text(
                    "Règles appliquées : « \(file.requirements.compactMap(\.evaluation).first?.ruleVersion ?? "–") ». "
                        + "Un renouvellement n'est soumis ni au niveau ni à l'examen ; une attestation compte moins de "
                        + "deux ans, un diplôme sans limite."
                )
            )
        )
    }
}
