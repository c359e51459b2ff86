import Domain
import Persistence
import SafeHTML
import Services

/// Pages meant to be printed (the print stylesheet hides the navigation): a frozen version of an application, and
/// the notification letter of a decision.
enum PrintablePages {
    static func submission(_ submission: FundingSubmission, _ file: ApplicationFile, page: PageContext) -> HTML {
        let title = "Demande n° \(submission.number), version \(submission.version)"
        let submittedOn = submission.submittedAt.map { LocalTime.metropolitan.day(of: $0).french } ?? ""
        let lead =
            "Cerfa n° 12156*06 – demande de subvention au titre du programme 104, appel à projets « "
            + "\(file.call.content.title) ». Déposée le \(submittedOn) par \(file.row.organisationName). "
            + "Version figée : elle n'est plus jamais modifiée."
        return Layout.page(
            title: title,
            page: page,
            breadcrumbs: [
                Breadcrumb(
                    label: "Subventions",
                    route: page.account?.role == .partenaire ? .funding(.mine) : .funding(.calls)
                ),
                Breadcrumb(label: title, route: nil),
            ],
            main: .article(
                .class("printable"),
                .h1(.text(title)),
                .p(.text(lead)),
                ApplicationContentView.node(submission.values),
                .p(
                    .class("no-print hint"),
                    .text(
                        "Pour imprimer : commande Imprimer du navigateur (Ctrl+P) ; la navigation n'est pas imprimée."
                    )
                )
            )
        )
    }

    static func notification(_ file: ApplicationFile, page: PageContext) -> HTML {
        let application = file.application
        let values = file.submissions.last?.values ?? application.values
        let granted = application.status == .granted
        let title = "Notification de la décision – demande n° \(application.number ?? "")"
        let firstYear = file.financialYear(0)
        let decision: Node<HTML.BodyContext> =
            granted
            ? .group(
                .p(
                    .text(
                        "Après avis du comité de sélection, une subvention de \(FundingText.money(application.granted)) "
                            + "vous est attribuée sur les crédits du programme 104 « Intégration et accès à la "
                            + "nationalité française », action \(file.line?.action.rawValue ?? "12")"
                            + (file.plan?.isMultiYear == true
                                ? ", répartie ainsi : "
                                    + (file.plan?.yearlyAmounts.enumerated().map {
                                        "\($0.element.french) en \((file.plan?.firstYear ?? 0) + $0.offset)"
                                    }
                                    .joined(separator: ", ") ?? "") : "")
                            + "."
                    )
                ),
                .p(
                    .text(
                        application.conventionRequired
                            ? "Son montant annuel dépassant 23 000 € (ou la subvention étant pluriannuelle), une convention "
                                + "précisera son objet, son montant et ses conditions d'utilisation (loi n° 2000-321, art. 10) ; "
                                + "elle vous sera adressée pour signature."
                            : "Son montant n'excédant pas 23 000 €, la présente décision vaut arrêté attributif ; aucune "
                                + "convention n'est requise."
                    )
                ),
                .p(
                    .text(
                        "Sauf stipulation contraire de la convention, la subvention est versée dans les 60 jours suivant "
                            + "la présente notification. Un compte rendu financier (cerfa n° 15059) est à produire dans les "
                            + "six mois suivant la fin de l'exercice pour lequel elle est attribuée"
                            + (firstYear.map {
                                ", soit au plus tard le \($0.reportDue.french) pour l'exercice clos le \($0.end.french)"
                            } ?? "")
                            + ", et avant toute nouvelle demande."
                    )
                )
            )
            : .p(
                .text(
                    "Votre demande n'a pas été retenue, pour le motif suivant : \(application.refusalReason ?? "")"
                )
            )
        return Layout.page(
            title: title,
            page: page,
            breadcrumbs: [
                Breadcrumb(
                    label: "Subventions",
                    route: page.account?.role == .partenaire ? .funding(.mine) : .funding(.calls)
                ),
                Breadcrumb(label: title, route: nil),
            ],
            main: .article(
                .class("printable letter"),
                .p(.class("letter-sender"), .text(file.call.organisationName)),
                .p(
                    .class("letter-recipient"),
                    .text(
                        "\(file.row.organisationName), \(values["org.address"] ?? ""), à l'attention de "
                            + "\(values["rep.first_name"] ?? "") \(values["rep.last_name"] ?? ""), "
                            + "\(values["rep.function"] ?? "")"
                    )
                ),
                .p(.text("Le \(application.decidedOn?.french ?? "")")),
                .h1(.text(granted ? "Attribution d'une subvention" : "Refus d'une demande de subvention")),
                .p(
                    .text(
                        "Objet : demande n° \(application.number ?? "") – « \(application.title) », appel à projets « \(file.call.content.title) »"
                    )
                ),
                decision,
                .p(
                    .text(
                        "Cette décision peut faire l'objet d'un recours gracieux auprès de son auteur ou d'un recours contentieux "
                            + "devant le tribunal administratif dans un délai de deux mois à compter de sa notification."
                    )
                ),
                .p(
                    .class("no-print hint"),
                    .text(
                        "Pour imprimer : commande Imprimer du navigateur (Ctrl+P) ; la navigation n'est pas imprimée."
                    )
                )
            )
        )
    }
}
