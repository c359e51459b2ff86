import Domain
import Persistence
import SafeHTML
import Services

/// A review (comité de pilotage): who took part, the diagnosis kept on its day beside the year's targets and
/// results, the decisions it took, and where the earlier decisions stand.
enum ContractReviewPage {
    static func render(_ review: ContractReviewService.ReviewFile, form: TypedForm, page: PageContext) -> HTML {
        let file = review.file
        let contract = file.contract
        let title = "Comité de pilotage du \(ContractText.day(review.review.heldOn))"
        return Layout.page(
            title: title,
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Contrats territoriaux", route: .contracts),
                Breadcrumb(label: contract.title, route: .contract(contract.id)),
                Breadcrumb(label: title, route: nil),
            ],
            main: .group(
                .h1(.text(title)),
                .p(.class("lead"), .text(contract.title)),
                FormField.errorSummary(form.errors),
                .h2(.text("Participants")),
                .forEach(review.review.participants.split(separator: "\n")) { .p(.text(String($0))) },
                .if(
                    !review.review.summary.isEmpty,
                    .group(
                        .h2(.text("Relevé de conclusions")),
                        .forEach(review.review.summary.split(separator: "\n")) { .p(.text(String($0))) }
                    )
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "diagnostic-comite"),
                    .h2(.id("diagnostic-comite"), .text("Diagnostic territorial au jour du comité")),
                    .unwrap(review.snapshot) { snapshot in
                        DiagnosisView.node(
                            snapshot.diagnosis,
                            caption: "Au \(ContractText.day(snapshot.diagnosis.day))"
                        )
                    }
                ),
                targets(review),
                decisions(review, form: form, page: page),
                followUps(review, form: form, page: page)
            )
        )
    }

    /// Every indicator of the contract's actions with its targets and results for the year before the review (the
    /// year it reviews) and the review's own year, within the contract's years.
    static func targets(_ review: ContractReviewService.ReviewFile) -> Node<HTML.BodyContext> {
        let held = review.review.heldOn.year
        let years = [held - 1, held].filter(review.file.contract.period.years.contains)
        let actions = Dictionary(review.file.actions.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let title = years.count == 2 ? "Cibles et résultats \(years[0]) et \(years[1])" : "Cibles et résultats \(held)"
        return .section(
            .attribute(named: "aria-labelledby", value: "cibles"),
            .h2(.id("cibles"), .text(title)),
            review.file.indicators.isEmpty
                ? EmptyState.node("Aucun indicateur défini pour les actions du contrat.")
                : .div(
                    .class("table-scroll"),
                    DataTable.node(
                        caption: "Indicateurs des actions, dans l'ordre des axes",
                        columns: ["Action", "Indicateur"] + years.flatMap { ["Cible \($0)", "Résultat \($0)"] },
                        rows: review.file.indicators.map { indicator in
                            let cells: [Node<HTML.TableRowContext>] = years.flatMap { year in
                                [
                                    ContractActionPage.figure(indicator.figures[year]?.target),
                                    ContractActionPage.figure(indicator.figures[year]?.result),
                                ]
                            }
                            return [
                                DataTable.header(actions[indicator.actionID] ?? "–"),
                                DataTable.cell("\(indicator.label) (\(indicator.unit))"),
                            ] + cells
                        }
                    )
                )
        )
    }

    static func decisions(
        _ review: ContractReviewService.ReviewFile,
        form: TypedForm,
        page: PageContext
    )
        -> Node<HTML.BodyContext>
    {
        .section(
            .attribute(named: "aria-labelledby", value: "decisions"),
            .h2(.id("decisions"), .text("Décisions du comité")),
            review.decisions.isEmpty
                ? EmptyState.node("Aucune décision enregistrée.")
                : DataTable.node(
                    caption: "Décisions prises à ce comité",
                    columns: ["Décision", "Portée par", "Échéance", "État"],
                    rows: review.decisions.map { decision in
                        [
                            DataTable.header(decision.text),
                            DataTable.cell(decision.owner),
                            DataTable.cell(ContractText.day(decision.dueOn)),
                            DataTable.cell(decision.status.label),
                        ]
                    }
                ),
            .if(
                review.file.canDraft,
                ContractFields.form(
                    id: "form-decision",
                    title: "Ajouter une décision",
                    route: .contractDecision(review.review.id),
                    button: "Ajouter la décision",
                    page: page,
                    fields: [
                        ContractFields.textArea(
                            name: "decisionText",
                            label: "Décision",
                            value: form.value("decisionText"),
                            errors: form.errors,
                            rows: 3
                        ),
                        FormField.input(
                            name: "decisionOwner",
                            label: "Portée par",
                            value: form.value("decisionOwner"),
                            hint: "Une institution ou une fonction, par exemple « DDETS du Rhône ».",
                            errors: form.errors,
                            required: true
                        ),
                        PathwayForm.day("decisionDue", label: "Échéance", form: form),
                    ]
                )
            )
        )
    }
}
