import Domain
import Persistence
import SafeHTML
import Services

/// The committee's decision, with the link to the printable notification letter.
enum DecisionSection {
    static func node(_ file: ApplicationFile) -> Node<HTML.BodyContext> {
        let application = file.application
        guard application.status == .granted || application.status == .refused else { return .empty }
        return .section(
            .attribute(named: "aria-labelledby", value: "decision"),
            .h2(.id("decision"), .text("Décision")),
            application.status == .granted
                ? .p(
                    .text(
                        "Subvention accordée le \(application.decidedOn?.french ?? "") : "
                            + "\(FundingText.money(application.granted))"
                            + (file.plan?.isMultiYear == true
                                ? " sur \(file.plan?.yearlyAmounts.count ?? 0) ans ("
                                    + (file.plan?.yearlyAmounts.map(\.french).joined(separator: ", ") ?? "") + ")" : "")
                            + (application.conventionRequired
                                ? ". Une convention est obligatoire (plus de 23 000 € par an, ou pluriannuelle)."
                                : ". Sans convention : un arrêté attributif suffit (23 000 € ou moins).")
                    )
                )
                : .p(
                    .text(
                        "Demande refusée le \(application.decidedOn?.french ?? "") : \(application.refusalReason ?? "")"
                    )
                ),
            .p(
                .a(
                    .href(SiteRoute.funding(.notification(application.id)).path),
                    .text("Lettre de notification (imprimable)")
                )
            )
        )
    }
}

/// The grant's convention, commitment and payments.
enum GrantMoneySection {
    static func node(_ file: ApplicationFile) -> Node<HTML.BodyContext> {
        guard file.application.status == .granted, let plan = file.plan else { return .empty }
        return .section(
            .attribute(named: "aria-labelledby", value: "argent"),
            .h2(.id("argent"), .text("Convention, engagement et paiements")),
            .p(.strong(.text("Étape : \(file.stage?.label ?? "")"))),
            .dl(
                .class("summary-list"),
                .dt(.text("Convention")),
                .dd(
                    .text(
                        file.application.conventionSignedOn.map {
                            "signée le \($0.french) (réf. \(file.application.conventionReference ?? ""))"
                        } ?? (file.application.conventionRequired ? "à signer" : "non requise")
                    )
                ),
                .dt(.text("Engagement juridique (AE)")),
                .dd(
                    .text(
                        file.commitment.map {
                            "\($0.amount.french) engagés le \($0.committedOn.french), n° EJ \($0.legalNumber)"
                        } ?? "pas encore engagé"
                    )
                ),
                .dt(.text("Payé (CP)")),
                .dd(
                    .text(
                        "\(file.paid.french) sur \(plan.total.french) ; reste à payer \((plan.total - file.paid).french)"
                    )
                )
            ),
            file.payments.isEmpty
                ? .empty
                : DataTable.node(
                    caption: "Paiements",
                    columns: ["Date", "Nature", "Année de la subvention", "Montant", "N° DP"],
                    rows: file.payments.map { payment in
                        [
                            DataTable.header(payment.paidOn.french), DataTable.cell(payment.kind.label),
                            DataTable.cell("Année \(payment.planYear + 1)"), DataTable.cell(payment.amount.french),
                            DataTable.cell(payment.requestNumber ?? "—"),
                        ]
                    }
                )
        )
    }
}

/// The financial reports of each year of the grant: status, due date, content, and the counts Parcours knows.
enum ReportsSection {
    static func node(
        _ file: ApplicationFile,
        served: [Int: ServedCounts],
        namedAccess: Bool,
        form: TypedForm,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        let statuses = file.reportStatuses
        guard !statuses.isEmpty else { return .empty }
        return .section(
            .attribute(named: "aria-labelledby", value: "comptes-rendus"),
            .h2(.id("comptes-rendus"), .text("Comptes rendus financiers (cerfa 15059)")),
            .forEach(statuses) { entry in
                let report = file.report(entry.planYear)
                return .article(
                    .class("report"),
                    .h3(
                        .text(
                            "Année \(entry.planYear + 1) – exercice du \(entry.year.start.french) au \(entry.year.end.french)"
                        )
                    ),
                    .p(.text("\(entry.status.label) · à déposer au plus tard le \(entry.year.reportDue.french)")),
                    .unwrap(report) { report in
                        .dl(
                            .class("summary-list"),
                            .dt(.text("Charges réalisées")),
                            .dd(.text(report.charges.french)),
                            .dt(.text("Produits réalisés")),
                            .dd(.text(report.products.french)),
                            .dt(.text("Personnes accompagnées (déclarées)")),
                            .dd(.text(FrenchNumber.grouped(report.peopleServed))),
                            .dt(.text("Bilan")),
                            .dd(.text(report.values["report.summary"] ?? ""))
                        )
                    },
                    .unwrap(served[entry.planYear]) { counts in
                        .p(
                            .class("hint"),
                            .text(ReportsSection.servedText(counts, namedAccess: namedAccess))
                        )
                    },
                    .if(
                        report == nil && page.account?.role == .partenaire && file.commitment != nil,
                        ReportForm.node(file, planYear: entry.planYear, form: form, page: page)
                    )
                )
            }
        )
    }
}

/// The form of a financial report: qualitative summary, actual charges and products, indicators, people served.
enum ReportForm {
    static func node(
        _ file: ApplicationFile,
        planYear: Int,
        form: TypedForm,
        page: PageContext
    )
        -> Node<HTML.BodyContext>
    {
        let values = file.application.values
        return .form(
            .method(.post),
            .action(SiteRoute.funding(.fileReport(file.application.id)).path),
            .class("stacked-form"),
            .novalidate(),
            .attribute(named: "aria-labelledby", value: "titre-crf-\(planYear)"),
            .h4(.id("titre-crf-\(planYear)"), .text("Déposer le compte rendu de l'année \(planYear + 1)")),
            CSRFField.node(page.csrfToken),
            FundingFields.hidden("planYear", String(planYear)),
            FundingFields.textArea(
                name: "report.summary",
                label: "Bilan qualitatif de l'action",
                value: form.value("report.summary"),
                errors: form.errors,
                required: true
            ),
            FormField.input(
                name: "report.people_served",
                label: "Nombre de personnes accompagnées",
                value: form.value("report.people_served"),
                errors: form.errors,
                required: true,
                extra: [("inputmode", "numeric")]
            ),
            .forEach((1...ApplicationField.indicatorCount).filter { !(values["indicator.\($0).label"] ?? "").isEmpty })
            {
                index in
                FormField.input(
                    name: "reached.\(index)",
                    label:
                        "Réalisé : \(values["indicator.\(index).label"] ?? "") (cible \(values["indicator.\(index).target"] ?? ""))",
                    value: form.value("reached.\(index)"),
                    errors: form.errors,
                    extra: [("inputmode", "numeric")]
                )
            },
            .fieldset(
                .element(named: "legend", text: "Charges et produits réalisés (€)"),
                .forEach(BudgetAccount.all) { account in
                    FormField.input(
                        name: "actual.\(account.code)",
                        label: account.label
                            + (values["budget.\(account.code)"].flatMap(MoneyInput.parse).map {
                                " – prévu \($0.french)"
                            } ?? ""),
                        value: form.value("actual.\(account.code)"),
                        errors: form.errors,
                        extra: [("inputmode", "decimal")]
                    )
                }
            ),
            FundingFields.textArea(
                name: "report.gaps",
                label: "Explication des écarts entre le prévu et le réalisé",
                value: form.value("report.gaps"),
                errors: form.errors
            ),
            .button(.type(.submit), .class("button"), .text("Déposer le compte rendu"))
        )
    }
}

extension ReportsSection {
    /// What Parcours knows of the people a grant served in its year: "Connu de Parcours sur l'exercice… ".
    static func servedText(
        _ counts: ServedCounts,
        namedAccess: Bool
    ) -> String {
        let persons = FundingText.count(
            counts.persons,
            "personne inscrite",
            plural: "personnes inscrites",
            namedAccess: namedAccess
        )
        let households = FundingText.count(
            counts.households,
            "ménage AGIR",
            plural: "ménages AGIR",
            namedAccess: namedAccess
        )
        let signatories = FundingText.count(
            counts.cirSignatories,
            "signataire du CIR",
            plural: "signataires du CIR",
            namedAccess: namedAccess
        )
        return "Connu de Parcours sur l'exercice (formations de l'organisme) : \(persons), \(households), "
            + "\(signatories)."
    }
}
