import Domain
import SafeHTML
import Services

/// Language assessments and the certificates and diplomas that prove a level, with their forms.
enum LanguageSection {
    static func node(_ file: PathwayFile, form: TypedForm, page: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "langue"),
            .h2(.id("langue"), .text("Évaluations, certifications et diplômes de français")),
            file.assessments.isEmpty
                ? EmptyState.node("Aucune évaluation enregistrée.")
                : DataTable.node(
                    caption: "Évaluations par compétence",
                    columns: ["Date", "Évaluateur"] + LanguageSkill.allCases.map(\.frenchLabel.capitalizedFirst)
                        + ["Action"],
                    rows: file.assessments.map { record in
                        [
                            DataTable.header(record.assessment.date.french),
                            DataTable.cell(record.assessment.assessor),
                        ]
                            + LanguageSkill.allCases.map {
                                DataTable.cell(record.assessment.levels[$0]?.frenchLabel ?? "–")
                            }
                            + [
                                WithdrawCell.node(
                                    file,
                                    entry: "evaluation",
                                    id: record.id,
                                    label: "évaluation du \(record.assessment.date.french)",
                                    page: page
                                )
                            ]
                    }
                ),
            file.proofs.isEmpty
                ? EmptyState.node("Aucune certification ni aucun diplôme enregistré.")
                : DataTable.node(
                    caption: "Certifications et diplômes",
                    columns: ["Justificatif", "Obtenu le", "Niveaux", "Référence", "Compte jusqu'au", "Action"],
                    rows: file.proofs.map { record in
                        let proof = record.proof.proof
                        return [
                            DataTable.header(record.proof.kind.label), DataTable.cell(proof.date.french),
                            DataTable.cell(levels(proof.levels)), DataTable.cell(record.proof.reference ?? "–"),
                            DataTable.cell(
                                proof.stopsCountingOn.map { $0.adding(days: -1).french } ?? "Sans limite (diplôme)"
                            ),
                            WithdrawCell.node(
                                file,
                                entry: "justificatif",
                                id: record.id,
                                label: "\(record.proof.kind.label) du \(proof.date.french)",
                                page: page
                            ),
                        ]
                    }
                ),
            .if(
                file.canWrite,
                .div(
                    .class("form-grid"),
                    assessmentForm(file, form: form, page: page),
                    proofForm(file, form: form, page: page)
                )
            )
        )
    }

    /// "A2 partout" or "compréhension orale B1, …".
    static func levels(_ levels: [LanguageSkill: CEFRLevel]) -> String {
        let values = LanguageSkill.allCases.compactMap { skill in levels[skill].map { (skill, $0) } }
        if values.count == 4, Set(values.map(\.1)).count == 1 {
            return "\(values[0].1.frenchLabel) dans les 4 compétences"
        }
        return values.map { "\($0.0.frenchLabel) \($0.1.frenchLabel)" }.joined(separator: ", ")
    }

    static func assessmentForm(_ file: PathwayFile, form: TypedForm, page: PageContext) -> Node<HTML.BodyContext> {
        PathwayForm.node(
            id: "form-evaluation",
            title: "Ajouter une évaluation",
            route: .pathwayAssessment(file.person.id),
            button: "Enregistrer l'évaluation",
            page: page,
            fields: [
                PathwayForm.day("assessmentDate", label: "Date de l'évaluation (obligatoire)", form: form),
                FormField.input(
                    name: "assessor",
                    label: "Évaluateur (obligatoire)",
                    value: form.value("assessor"),
                    hint: "Par exemple : OFII, organisme de formation.",
                    errors: form.errors
                ),
            ]
                + LanguageSkill.allCases.map {
                    PathwayForm.level("level-\($0.rawValue)", label: "Niveau en \($0.frenchLabel)", form: form)
                }
        )
    }

    static func proofForm(_ file: PathwayFile, form: TypedForm, page: PageContext) -> Node<HTML.BodyContext> {
        PathwayForm.node(
            id: "form-justificatif",
            title: "Ajouter une certification ou un diplôme",
            route: .pathwayProof(file.person.id),
            button: "Enregistrer le justificatif",
            page: page,
            fields: [
                FormField.select(
                    name: "proofKind",
                    label: "Certification ou diplôme",
                    options: CertificationKind.allCases.map { ($0.rawValue, $0.label) },
                    selected: form.value("proofKind"),
                    errors: form.errors
                ),
                PathwayForm.day("proofDate", label: "Date d'obtention (obligatoire)", form: form),
                FormField.input(
                    name: "proofReference",
                    label: "Référence de l'attestation",
                    value: form.value("proofReference"),
                    errors: form.errors
                ),
                PathwayForm.level("proofLevel", label: "Niveau attesté (diplôme)", form: form),
            ]
                + LanguageSkill.allCases.map {
                    PathwayForm.level(
                        "proofLevel-\($0.rawValue)",
                        label: "Niveau obtenu en \($0.frenchLabel) (certification)",
                        form: form
                    )
                }
        )
    }
}
