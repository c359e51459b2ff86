import Domain
import Persistence
import SafeHTML
import Services

extension ContractPage {
    /// The shared diagnosis: the latest snapshot, the way to the live one, and the partners' written analysis.
    static func diagnosis(_ file: ContractFile, form: TypedForm, page: PageContext) -> Node<HTML.BodyContext> {
        let contract = file.contract
        return .section(
            .attribute(named: "aria-labelledby", value: "diagnostic"),
            .h2(.id("diagnostic"), .text("Diagnostic territorial partagé")),
            .p(
                .a(
                    .href(SiteRoute.contractDiagnosis(contract.id).path),
                    .text("Voir le diagnostic calculé aujourd'hui et tous les diagnostics conservés")
                )
            ),
            .unwrap(file.latestSnapshot) { snapshot in
                .group(
                    .p(.text("Dernier diagnostic conservé : \(occasion(snapshot, file: file))")),
                    DiagnosisView.node(snapshot.diagnosis, caption: "Au \(ContractText.day(snapshot.diagnosis.day))")
                )
            },
            .h3(.text("Analyse des partenaires")),
            contract.analysis.isEmpty
                ? .p(.class("hint"), .text("Aucune analyse écrite pour l'instant."))
                : .div(.class("prose"), .forEach(contract.analysis.split(separator: "\n")) { .p(.text(String($0))) }),
            .if(
                file.canWriteAnalysis && contract.status != .ended,
                ContractFields.form(
                    id: "form-analyse",
                    title: "Écrire l'analyse partagée",
                    route: .contractAnalysis(contract.id),
                    button: "Enregistrer l'analyse",
                    page: page,
                    fields: [
                        ContractFields.textArea(
                            name: "analysis",
                            label: "Analyse",
                            value: form.value("analysis", contract.analysis),
                            hint: "Les constats et priorités partagés, sans données personnelles. Elle est conservée "
                                + "avec le diagnostic à la signature et à chaque comité.",
                            errors: form.errors,
                            rows: 8
                        )
                    ]
                )
            )
        )
    }

    /// "à la signature, le 4 mars 2026" or "au comité de pilotage du 4 mars 2026".
    static func occasion(_ snapshot: ContractSnapshot, file: ContractFile) -> String {
        switch snapshot.occasion {
        case .signature: "à la signature, le \(ContractText.day(snapshot.diagnosis.day))"
        case .review: "au comité de pilotage du \(ContractText.day(snapshot.diagnosis.day))"
        }
    }

    /// The reviews held, the decisions taken, and the form to record a review once the contract is signed.
    static func reviews(_ file: ContractFile, form: TypedForm, page: PageContext) -> Node<HTML.BodyContext> {
        let contract = file.contract
        let days = Dictionary(file.reviews.map { ($0.id, $0.heldOn) }, uniquingKeysWith: { first, _ in first })
        return .section(
            .attribute(named: "aria-labelledby", value: "comites"),
            .h2(.id("comites"), .text("Comités de pilotage")),
            file.reviews.isEmpty
                ? EmptyState.node(
                    contract.status.isSigned
                        ? "Aucun comité de pilotage enregistré." : "Les comités se tiennent une fois le contrat signé."
                )
                : DataTable.node(
                    caption: "Comités de pilotage, du plus ancien au plus récent",
                    columns: ["Comité", "Décisions"],
                    rows: file.reviews.map { review in
                        [
                            DataTable.link(
                                "Comité du \(ContractText.day(review.heldOn))",
                                SiteRoute.contractReview(review.id).path
                            ),
                            DataTable.cell(
                                FrenchNumber.count(
                                    file.decisions.filter { $0.reviewID == review.id }.count,
                                    "décision"
                                )
                            ),
                        ]
                    }
                ),
            .if(
                !file.decisions.isEmpty,
                DataTable.node(
                    caption: "Décisions des comités et où elles en sont",
                    columns: ["Décision", "Prise le", "Portée par", "Échéance", "État"],
                    rows: file.decisions.map { decision in
                        [
                            DataTable.header(decision.text),
                            DataTable.cell(ContractText.day(days[decision.reviewID])),
                            DataTable.cell(decision.owner),
                            DataTable.cell(ContractText.day(decision.dueOn)),
                            DataTable.cell(decision.status.label),
                        ]
                    }
                )
            ),
            .if(
                file.canDraft && contract.status.isSigned,
                ContractFields.form(
                    id: "form-comite",
                    title: "Enregistrer un comité de pilotage",
                    route: .contractReviewCreate(contract.id),
                    button: "Enregistrer le comité",
                    page: page,
                    fields: [
                        .p(
                            .class("hint"),
                            .text("Le diagnostic territorial du jour du comité est calculé et conservé avec lui.")
                        ),
                        PathwayForm.day("reviewOn", label: "Date du comité", form: form, value: file.today.iso),
                        ContractFields.textArea(
                            name: "reviewParticipants",
                            label: "Participants",
                            value: form.value("reviewParticipants"),
                            hint: "Les institutions et fonctions représentées.",
                            errors: form.errors
                        ),
                        ContractFields.textArea(
                            name: "reviewSummary",
                            label: "Relevé de conclusions",
                            value: form.value("reviewSummary"),
                            errors: form.errors
                        ),
                    ]
                )
            )
        )
    }
}
