import Domain
import Persistence
import SafeHTML
import Services

/// One application as its instructing service handles it: the content and documents, the scoring, the committee's
/// decision, then the convention, the commitment, the payments and the financial reports.
enum InstructionPage {
    static func render(_ file: ApplicationFile, served: [Int: ServedCounts], form: TypedForm, page: PageContext) -> HTML
    {
        let application = file.application
        let title = "Demande n° \(application.number ?? "") – \(application.title)"
        let isDREETS = page.account?.role == .dreets
        return Layout.page(
            title: title,
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Appels à projets", route: .funding(.calls)),
                Breadcrumb(label: file.call.content.title, route: .funding(.call(file.call.id))),
                Breadcrumb(label: "Demande n° \(application.number ?? "")", route: nil),
            ],
            main: .group(
                .h1(.text(title)),
                .p(
                    .class("lead"),
                    .text(
                        "\(file.row.organisationName) · SIRET \(application.siret ?? "—") · demandé \(application.requested.french) · "
                            + "état : \(FundingStatusText.of(file))"
                    )
                ),
                FormField.errorSummary(form.errors),
                .unwrap(application.siret) { siret in
                    .p(
                        .a(
                            .href(SiteRoute.funding(.organisation(siret)).path),
                            .text("Toutes les subventions de ce SIRET")
                        )
                    )
                },
                SubmissionsSection.node(file),
                AttachmentsSection.node(file, editable: false, form: form, page: page),
                .if(application.status.awaitsDecision, scoreForm(file, form: form, page: page)),
                .if(application.status.awaitsDecision, decisionForm(file, isDREETS: isDREETS, form: form, page: page)),
                .if(
                    !application.status.awaitsDecision,
                    .unwrap(application.score) { .p(.text("Note : \($0) / 100. Avis : \(application.opinion ?? "")")) }
                ),
                DecisionSection.node(file),
                GrantMoneySection.node(file),
                .if(application.status == .granted, MoneyForms.node(file, form: form, page: page)),
                ReportsSection.node(file, served: served, namedAccess: false, form: form, page: page),
                ReportReview.node(file, form: form, page: page),
                .section(
                    .attribute(named: "aria-labelledby", value: "contenu-demande"),
                    .h2(.id("contenu-demande"), .text("Contenu de la demande (dernière version déposée)")),
                    ApplicationContentView.node(file.submissions.last?.values ?? application.values)
                )
            )
        )
    }

    static func scoreForm(_ file: ApplicationFile, form: TypedForm, page: PageContext) -> Node<HTML.BodyContext> {
        let marks = file.application.marks ?? []
        return PathwayForm.node(
            id: "form-notation",
            title: "Notation selon la grille de l'appel (0 à 5 par critère)",
            route: .funding(.score(file.application.id)),
            button: "Enregistrer la notation et l'avis",
            page: page,
            fields: file.call.content.criteria.enumerated().map { index, criterion in
                FormField.input(
                    name: "mark-\(index)",
                    label: "\(criterion.label) (poids \(criterion.weight))",
                    value: form.value("mark-\(index)", marks.indices.contains(index) ? String(marks[index]) : ""),
                    errors: form.errors,
                    required: true,
                    extra: [("inputmode", "numeric")]
                )
            } + [
                FundingFields.textArea(
                    name: "opinion",
                    label: "Avis de l'instructeur",
                    value: form.value("opinion", file.application.opinion ?? ""),
                    errors: form.errors,
                    required: true
                )
            ]
        )
    }

    static func decisionForm(
        _ file: ApplicationFile,
        isDREETS: Bool,
        form: TypedForm,
        page: PageContext
    )
        -> Node<HTML.BodyContext>
    {
        let asked = file.application.summary(callYear: file.call.year).plan
        guard !file.committees.isEmpty else {
            return .p(
                .class("hint"),
                .text("Pour décider, réunissez d'abord un comité de sélection sur la page de l'appel.")
            )
        }
        var fields: [Node<HTML.FormContext>] = [
            FormField.select(
                name: "committee",
                label: "Comité de sélection",
                options: file.committees.map { ($0.id, "Comité du \($0.heldOn.french)") },
                selected: form.value("committee", file.committees.first?.id ?? ""),
                placeholder: nil,
                errors: form.errors
            ),
            FormField.select(
                name: "outcome",
                label: "Décision",
                options: [("accordee", "Subvention accordée"), ("refusee", "Demande refusée")],
                selected: form.value("outcome"),
                errors: form.errors
            ),
        ]
        for (index, amount) in asked.yearlyAmounts.enumerated() {
            fields.append(
                FormField.input(
                    name: "amount-\(index)",
                    label: "Montant accordé pour \(asked.firstYear + index) (€)",
                    value: form.value("amount-\(index)"),
                    hint: "Demandé : \(amount.french). Peut être inférieur.",
                    errors: form.errors,
                    extra: [("inputmode", "decimal")]
                )
            )
        }
        fields.append(
            FundingFields.textArea(
                name: "reason",
                label: "Motif (obligatoire en cas de refus)",
                value: form.value("reason"),
                errors: form.errors
            )
        )
        if isDREETS {
            fields.append(
                FormField.checkbox(
                    name: "overrun",
                    label: "En tant que responsable du BOP, j'autorise le dépassement de la ligne",
                    checked: form.value("overrun") == "oui"
                )
            )
            fields.append(
                FundingFields.textArea(
                    name: "overrunReason",
                    label: "Motif du dépassement",
                    value: form.value("overrunReason"),
                    errors: form.errors
                )
            )
        }
        return PathwayForm.node(
            id: "form-decision",
            title: "Décision du comité (ligne : \(file.line?.execution.available.french ?? "—") disponibles)",
            route: .funding(.decide(file.application.id)),
            button: "Enregistrer la décision",
            page: page,
            fields: fields
        )
    }
}

/// The agent's forms of a granted application: convention, commitment, payment.
enum MoneyForms {
    static func node(_ file: ApplicationFile, form: TypedForm, page: PageContext) -> Node<HTML.BodyContext> {
        let application = file.application
        let id = application.id
        return .div(
            .class("form-grid"),
            .if(
                application.conventionSignedOn == nil && file.commitment == nil,
                PathwayForm.node(
                    id: "form-convention",
                    title: application.conventionRequired
                        ? "Signature de la convention (obligatoire)" : "Signature d'une convention (facultative)",
                    route: .funding(.convention(id)),
                    button: "Enregistrer la signature",
                    page: page,
                    fields: [
                        PathwayForm.day("conventionDate", label: "Date de signature", form: form),
                        FormField.input(
                            name: "conventionReference",
                            label: "Référence de la convention",
                            value: form.value("conventionReference"),
                            errors: form.errors,
                            required: true
                        ),
                    ]
                )
            ),
            .if(
                file.commitment == nil,
                PathwayForm.node(
                    id: "form-engagement",
                    title:
                        "Engagement juridique (AE : \(file.plan?.total.french ?? "") sur la ligne de \(file.call.year))",
                    route: .funding(.commit(id)),
                    button: "Engager",
                    page: page,
                    fields: [
                        FormField.input(
                            name: "legalNumber",
                            label: "N° d'engagement juridique (EJ) dans Chorus",
                            value: form.value("legalNumber"),
                            hint: "10 chiffres.",
                            errors: form.errors,
                            required: true,
                            extra: [("inputmode", "numeric")]
                        ),
                        PathwayForm.day("committedOn", label: "Date de l'engagement", form: form),
                    ]
                )
            ),
            .if(
                file.commitment != nil && file.paid < (file.plan?.total ?? .zero),
                PathwayForm.node(
                    id: "form-paiement",
                    title: "Paiement (CP) – reste à payer \(((file.plan?.total ?? .zero) - file.paid).french)",
                    route: .funding(.pay(id)),
                    button: "Enregistrer le paiement",
                    page: page,
                    fields: [
                        FormField.select(
                            name: "paymentKind",
                            label: "Nature",
                            options: PaymentKind.allCases.map { ($0.rawValue, $0.label) },
                            selected: form.value("paymentKind"),
                            errors: form.errors
                        ),
                        FormField.select(
                            name: "planYear",
                            label: "Année de la subvention",
                            options: (file.plan?.yearlyAmounts.indices.map {
                                ("\($0)", "Année \($0 + 1) (\((file.plan?.firstYear ?? 0) + $0))")
                            } ?? []),
                            selected: form.value("planYear", "0"),
                            placeholder: nil,
                            errors: form.errors
                        ),
                        FormField.input(
                            name: "paymentAmount",
                            label: "Montant (€)",
                            value: form.value("paymentAmount"),
                            errors: form.errors,
                            required: true,
                            extra: [("inputmode", "decimal")]
                        ),
                        PathwayForm.day("paidOn", label: "Date du paiement", form: form),
                        FormField.input(
                            name: "requestNumber",
                            label: "N° de demande de paiement (DP), si connu",
                            value: form.value("requestNumber"),
                            errors: form.errors,
                            extra: [("inputmode", "numeric")]
                        ),
                    ]
                )
            )
        )
    }
}

/// The agent's acceptance of filed reports.
enum ReportReview {
    static func node(_ file: ApplicationFile, form: TypedForm, page: PageContext) -> Node<HTML.BodyContext> {
        let pending = file.reports.filter { !$0.accepted }
        guard !pending.isEmpty else { return .empty }
        return .group(
            .forEach(pending) { report in
                PathwayForm.node(
                    id: "form-crf-\(report.planYear)",
                    title: "Accepter le compte rendu de l'année \(report.planYear + 1)",
                    route: .funding(.acceptReport(file.application.id)),
                    button: "Accepter le compte rendu",
                    page: page,
                    fields: [
                        FundingFields.hidden("planYear", String(report.planYear)),
                        FundingFields.textArea(
                            name: "reviewNote-\(report.planYear)",
                            label: "Observations",
                            value: "",
                            errors: form.errors
                        ),
                    ]
                )
            }
        )
    }
}
