import Domain
import SafeHTML
import Services

/// The civic exam sessions of a person and the form to record one.
enum CivicExamSection {
    static func node(_ file: PathwayFile, form: TypedForm, page: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "examen-civique"),
            .h2(.id("examen-civique"), .text("Examen civique")),
            file.civicExams.isEmpty
                ? EmptyState.node("Aucune session d'examen civique enregistrée.")
                : DataTable.node(
                    caption: "Sessions d'examen civique (réussite à 32 sur 40)",
                    columns: ["Date", "Version", "Score", "Résultat", "Centre", "Action"],
                    rows: file.civicExams.map { record in
                        let result = record.exam.result
                        return [
                            DataTable.header(result.date.french), DataTable.cell(result.version.frenchLabel),
                            DataTable.cell("\(result.score)/40"),
                            DataTable.cell(
                                result.fraud
                                    ? "Annulé pour fraude : interdiction jusqu'au \(result.banEndsOn?.adding(days: -1).french ?? "–")"
                                    : result.isPassing ? "Réussi" : "Non réussi"
                            ),
                            DataTable.cell(record.exam.centre),
                            WithdrawCell.node(
                                file,
                                entry: "examen",
                                id: record.id,
                                label: "examen civique du \(result.date.french)",
                                page: page
                            ),
                        ]
                    }
                ),
            .if(
                file.canWrite,
                PathwayForm.node(
                    id: "form-examen",
                    title: "Enregistrer une session",
                    route: .pathwayCivicExam(file.person.id),
                    button: "Enregistrer l'examen",
                    page: page,
                    fields: [
                        FormField.select(
                            name: "examVersion",
                            label: "Version",
                            options: ResidenceTitle.allCases.map { ($0.rawValue, $0.frenchLabel.capitalizedFirst) },
                            selected: form.value("examVersion"),
                            errors: form.errors
                        ),
                        PathwayForm.day("examDate", label: "Date de la session (obligatoire)", form: form),
                        FormField.input(
                            name: "examScore",
                            label: "Bonnes réponses sur 40 (obligatoire)",
                            value: form.value("examScore"),
                            errors: form.errors,
                            extra: [("inputmode", "numeric")]
                        ),
                        FormField.input(
                            name: "examCentre",
                            label: "Centre d'examen (obligatoire)",
                            value: form.value("examCentre"),
                            errors: form.errors
                        ),
                        FormField.checkbox(
                            name: "examFraud",
                            label: "Session annulée pour fraude (interdiction de deux ans)",
                            checked: form.value("examFraud") == "oui"
                        ),
                    ]
                )
            )
        )
    }
}
