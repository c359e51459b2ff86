import Domain
import Persistence
import SafeHTML
import Services

/// National steering's page of the requirement rules: each set in force with its edit form, the form to add the next
/// law's set, and the history of every revision.
enum RequirementRulesPage {
    static func render(
        current: [RuleRevision],
        history: [RuleRevision],
        form: TypedForm,
        editing: String?,
        page: PageContext
    ) -> HTML {
        Layout.page(
            title: "Règles d'exigence linguistique et civique",
            page: page,
            breadcrumbs: [Breadcrumb(label: "Accueil", route: .home), Breadcrumb(label: "Règles", route: nil)],
            main: .group(
                .h1(.text("Règles d'exigence linguistique et civique")),
                .p(
                    .text(
                        "Le moteur d'exigences applique le jeu en vigueur à la date du dépôt. Chaque modification crée "
                            + "une nouvelle révision, motivée et tracée ; les périodes de deux jeux ne peuvent pas se chevaucher."
                    )
                ),
                FormField.errorSummary(form.errors),
                .forEach(current) { revision in
                    ruleSet(revision, editing: editing == revision.ruleSetID, form: form, page: page)
                },
                .section(
                    .attribute(named: "aria-labelledby", value: "nouveau-jeu"),
                    .h2(.id("nouveau-jeu"), .text("Ajouter un jeu de règles (nouvelle loi)")),
                    .p(
                        .class("hint"),
                        .text("Raccourcissez d'abord le jeu en vigueur pour que les périodes se suivent.")
                    ),
                    editing == "nouveau"
                        ? editor(
                            route: .requirementRulesCreate,
                            base: current.last?.set,
                            fresh: true,
                            form: form,
                            page: page
                        )
                        : .p(
                            .a(
                                .href(
                                    SiteRoute.requirementRules.path(query: [("modifier", "nouveau")]) + "#nouveau-jeu"
                                ),
                                .text("Préparer un nouveau jeu à partir du dernier en vigueur")
                            )
                        )
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "historique"),
                    .h2(.id("historique"), .text("Historique des révisions")),
                    DataTable.node(
                        caption: "Révisions, la plus récente d'abord",
                        columns: ["Version", "Révision", "Période", "Motif", "Par"],
                        rows: history.map { revision in
                            [
                                DataTable.header(revision.set.version), DataTable.cell(String(revision.revision)),
                                DataTable.cell(period(revision.set)), DataTable.cell(revision.note),
                                DataTable.cell(revision.authorName ?? "Parcours (jeu fourni)"),
                            ]
                        }
                    )
                )
            )
        )
    }

    static func period(_ set: RequirementRuleSet) -> String {
        "du \(set.validFrom.french)" + (set.validUntil.map { " au \($0.french)" } ?? ", sans fin")
    }

    static func ruleSet(
        _ revision: RuleRevision,
        editing: Bool,
        form: TypedForm,
        page: PageContext
    )
        -> Node<HTML.BodyContext>
    {
        let set = revision.set
        let anchor = "jeu-\(revision.ruleSetID)"
        return .section(
            .attribute(named: "aria-labelledby", value: anchor),
            .h2(.id(anchor), .text("« \(set.version) », \(period(set))")),
            DataTable.node(
                caption: "Exigences d'une première demande selon ce jeu (révision \(revision.revision))",
                columns: ["Titre", "Niveau exigé", "Examen civique", "Dispenses des BPI", "Renouvellement"],
                rows: set.rules.map { rule in
                    [
                        DataTable.header(rule.title.frenchLabel.capitalizedFirst),
                        DataTable.cell(
                            rule.requiredLevel?.frenchLabel ?? "Aucun"
                                + (rule.aimedLevel.map { " (\($0.frenchLabel) visé)" } ?? "")
                        ),
                        DataTable.cell(rule.civicExamRequired ? "Exigé" : "Non exigé"),
                        DataTable.cell(
                            [
                                rule.protectionExemptFromLevel ? "niveau" : nil,
                                rule.protectionExemptFromCivicExam ? "examen" : nil,
                            ]
                            .compactMap { $0 }.joined(separator: " et ").ifEmpty("aucune")
                        ),
                        DataTable.cell(rule.renewalExempt ? "Dispensé" : "Soumis"),
                    ]
                }
            ),
            editing
                ? editor(
                    route: .requirementRulesUpdate(revision.ruleSetID),
                    base: set,
                    fresh: false,
                    form: form,
                    page: page
                )
                : .p(
                    .a(
                        .href(
                            SiteRoute.requirementRules.path(query: [("modifier", revision.ruleSetID)]) + "#\(anchor)"
                        ),
                        .text("Modifier « \(set.version) »")
                    )
                )
        )
    }

    /// The form of a set; field names are shared by every form, since one form is sent at a time.
    static func editor(
        route: SiteRoute,
        base: RequirementRuleSet?,
        fresh: Bool,
        form: TypedForm,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        let sent = !form.typed.isEmpty
        return .form(
            .method(.post),
            .action(route.path),
            .class("stacked-form"),
            .novalidate(),
            CSRFField.node(page.csrfToken),
            FormField.input(
                name: "ruleVersion",
                label: "Nom de la version",
                value: form.value("ruleVersion", fresh ? "" : base?.version ?? ""),
                errors: form.errors
            ),
            FormField.input(
                name: "ruleFrom",
                label: "Premier jour d'application",
                type: .date,
                value: form.value("ruleFrom", fresh ? "" : base?.validFrom.iso ?? ""),
                errors: form.errors
            ),
            FormField.input(
                name: "ruleUntil",
                label: "Dernier jour d'application (vide : sans fin)",
                type: .date,
                value: form.value("ruleUntil", fresh ? "" : base?.validUntil?.iso ?? ""),
                errors: form.errors
            ),
            .forEach(ResidenceTitle.allCases) { title in
                let rule = base?.rule(for: title)
                let key = title.rawValue
                return .element(
                    named: "fieldset",
                    nodes: [
                        .element(named: "legend", text: title.frenchLabel.capitalizedFirst),
                        FormField.select(
                            name: "required-\(key)",
                            label: "Niveau exigé",
                            options: PathwayForm.levelOptions,
                            selected: form.value("required-\(key)", rule?.requiredLevel?.rawValue ?? ""),
                            placeholder: "Aucun",
                            errors: form.errors
                        ),
                        FormField.select(
                            name: "aimed-\(key)",
                            label: "Niveau seulement visé",
                            options: PathwayForm.levelOptions,
                            selected: form.value("aimed-\(key)", rule?.aimedLevel?.rawValue ?? ""),
                            placeholder: "Aucun",
                            errors: form.errors
                        ),
                        checkbox(
                            "exam-\(key)",
                            "Examen civique exigé",
                            rule?.civicExamRequired,
                            form: form,
                            sent: sent
                        ),
                        checkbox(
                            "bpiLevel-\(key)",
                            "Réfugiés, protégés subsidiaires et apatrides dispensés du niveau",
                            rule?.protectionExemptFromLevel,
                            form: form,
                            sent: sent
                        ),
                        checkbox(
                            "bpiExam-\(key)",
                            "Réfugiés, protégés subsidiaires et apatrides dispensés de l'examen",
                            rule?.protectionExemptFromCivicExam,
                            form: form,
                            sent: sent
                        ),
                        checkbox(
                            "renewal-\(key)",
                            "Renouvellement dispensé",
                            rule?.renewalExempt,
                            form: form,
                            sent: sent
                        ),
                    ]
                )
            },
            FormField.input(
                name: "ruleNote",
                label: "Motif et texte de référence",
                value: form.value("ruleNote"),
                errors: form.errors,
                required: true
            ),
            .button(
                .type(.submit),
                .class("button"),
                .text(fresh ? "Ajouter ce jeu de règles" : "Enregistrer une révision")
            )
        )
    }

    static func checkbox(
        _ name: String,
        _ label: String,
        _ current: Bool?,
        form: TypedForm,
        sent: Bool
    )
        -> Node<HTML.FormContext>
    {
        FormField.checkbox(name: name, label: label, checked: sent ? form.value(name) == "oui" : current ?? false)
    }
}
