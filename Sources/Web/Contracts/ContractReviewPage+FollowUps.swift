import Domain
import Persistence
import SafeHTML
import Services

extension ContractReviewPage {
    /// The decisions of earlier reviews still open (or followed up here), with their history and, for the
    /// prefecture, a form per decision to record where it stands.
    static func followUps(
        _ review: ContractReviewService.ReviewFile,
        form: TypedForm,
        page: PageContext
    )
        -> Node<HTML.BodyContext>
    {
        guard !review.toFollow.isEmpty else { return .empty }
        return .section(
            .attribute(named: "aria-labelledby", value: "suivi"),
            .h2(.id("suivi"), .text("Suivi des décisions des comités précédents")),
            .forEach(review.toFollow) { decision in
                let history = decision.followUps.map { followUp in
                    "Comité du \(ContractText.day(review.reviewDays[followUp.reviewID])) : \(followUp.status.label)"
                        + (followUp.note.isEmpty ? "" : " – \(followUp.note)")
                }
                let done = decision.followUps.contains { $0.reviewID == review.review.id }
                return .div(
                    .class("card"),
                    .h3(.text(decision.text)),
                    .p(
                        .text(
                            "Décidée au comité du \(ContractText.day(review.reviewDays[decision.reviewID])), portée par "
                                + "\(decision.owner), échéance le \(ContractText.day(decision.dueOn)). État : "
                                + decision.status.label + "."
                        )
                    ),
                    .if(!history.isEmpty, .ul(.forEach(history) { .li(.text($0)) })),
                    .if(
                        review.file.canDraft && !done && decision.status.isOpen,
                        .form(
                            .method(.post),
                            .action(SiteRoute.contractFollowUp(review.review.id).path),
                            .novalidate(),
                            CSRFField.node(page.csrfToken),
                            .input(.type(.hidden), .name("decisionID"), .value(decision.id)),
                            FormField.select(
                                name: "followUpStatus-\(decision.id)",
                                label: "Où en est cette décision",
                                options: DecisionStatus.allCases.map { ($0.rawValue, $0.label) },
                                selected: form.value("followUpStatus-\(decision.id)"),
                                errors: form.errors
                            ),
                            FormField.input(
                                name: "followUpNote-\(decision.id)",
                                label: "Commentaire",
                                value: form.value("followUpNote-\(decision.id)"),
                                errors: form.errors
                            ),
                            .button(.type(.submit), .class("button"), .text("Enregistrer le suivi"))
                        )
                    )
                )
            }
        )
    }
}
