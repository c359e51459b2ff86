import Domain
import Foundation
import Persistence
import SafeHTML

/// The list of referrals and one referral with its eligibility and the operator's decision.
enum ReferralPages {
    /// Referrals per page of the list.
    static let pageSize = 50

    static func list(_ referrals: [ReferralSummary], listPage: Page, canCreate: Bool, page: PageContext) -> HTML {
        Layout.page(
            title: "Orientations",
            page: page,
            breadcrumbs: [Breadcrumb(label: "Accueil", route: .home), Breadcrumb(label: "Orientations", route: nil)],
            main: .group(
                .h1(.text("Orientations vers AGIR")),
                .if(
                    canCreate,
                    .p(.a(.class("button"), .href(SiteRoute.referralNew.path), .text("Orienter un ménage")))
                ),
                referrals.isEmpty
                    ? EmptyState.node("Aucune orientation pour le moment.")
                    : DataTable.node(
                        caption: "\(FrenchNumber.count(listPage.total, "orientation")), en attente d'abord",
                        columns: [
                            "Personne de référence", "Née ou né en", "Orientée le", "Département", "Éligible", "État",
                        ],
                        rows: referrals.map { referral in
                            [
                                .th(
                                    .attribute(named: "scope", value: "row"),
                                    .a(.href(SiteRoute.referral(referral.id).path), .text(referral.personNames))
                                ),
                                DataTable.cell(String(referral.birthYear)),
                                DataTable.cell(referral.referralDate.french),
                                DataTable.cell(referral.departement), DataTable.cell(referral.eligible ? "Oui" : "Non"),
                                DataTable.cell(referral.status.label),
                            ]
                        }
                    ),
                Pagination.node(listPage, route: .referrals, query: [])
            )
        )
    }

    static func detail(
        _ referral: ReferralSummary,
        caseworkers: [(id: String, name: String)],
        canDecide: Bool,
        errors: FieldErrors = FieldErrors(),
        page: PageContext
    ) -> HTML {
        let conditions =
            (try? JSONDecoder().decode([EligibilityCondition].self, from: Data(referral.eligibility.utf8))) ?? []
        return Layout.page(
            title: errors.isEmpty ? "Orientation" : "Erreur – Orientation",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Accueil", route: .home), Breadcrumb(label: "Orientations", route: .referrals),
                Breadcrumb(label: referral.personNames, route: nil),
            ],
            main: .group(
                .h1(.text("Orientation de \(referral.personNames)")),
                .dl(
                    .class("details"),
                    .dt(.text("Orientée le")),
                    .dd(.text(referral.referralDate.french)),
                    .dt(.text("Par")),
                    .dd(.text(referral.referringName)),
                    .dt(.text("Vers")),
                    .dd(.text(referral.operatorName)),
                    .dt(.text("Département")),
                    .dd(.text(referral.departement)),
                    .dt(.text("État")),
                    .dd(.text(referral.status.label)),
                    .unwrap(referral.caseworkerName) { .group(.dt(.text("Référent")), .dd(.text($0))) },
                    .unwrap(referral.decisionReason) { .group(.dt(.text("Motif du refus")), .dd(.text($0))) }
                ),
                .h2(
                    .text(
                        referral.eligible
                            ? "Éligible à AGIR à la date d'orientation" : "Non éligible à AGIR à la date d'orientation"
                    )
                ),
                DataTable.node(
                    caption: "Conditions d'éligibilité, calculées à l'orientation",
                    columns: ["Condition", "Remplie", "Explication"],
                    rows: conditions.map {
                        [
                            DataTable.header(EligibilityCheckPage.conditionLabel($0.code)),
                            DataTable.cell($0.met ? "Oui" : "Non"),
                            DataTable.cell($0.explanation),
                        ]
                    }
                ),
                .if(
                    canDecide && referral.status == .pending,
                    decision(referral, caseworkers: caseworkers, errors: errors, page: page)
                )
            )
        )
    }

    private static func decision(
        _ referral: ReferralSummary,
        caseworkers: [(id: String, name: String)],
        errors: FieldErrors,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "decision"),
            .h2(.id("decision"), .text("Décision de l'opérateur")),
            FormField.errorSummary(errors),
            .form(
                .method(.post),
                .action(SiteRoute.referralDecide(referral.id).path),
                .novalidate(),
                CSRFField.node(page.csrfToken),
                .input(.type(.hidden), .name("decision"), .value("accepter")),
                FormField.select(
                    name: "caseworker",
                    label: "Référent qui suivra le ménage",
                    options: caseworkers.map { ($0.id, $0.name) },
                    errors: errors
                ),
                .button(.type(.submit), .class("button"), .text("Accepter et affecter"))
            ),
            .form(
                .method(.post),
                .action(SiteRoute.referralDecide(referral.id).path),
                .novalidate(),
                CSRFField.node(page.csrfToken),
                .input(.type(.hidden), .name("decision"), .value("refuser")),
                FormField.input(
                    name: "reason",
                    label: "Motif du refus",
                    hint: "L'OFII verra ce motif.",
                    errors: errors
                ),
                .button(.type(.submit), .class("button button-secondary"), .text("Refuser l'orientation"))
            )
        )
    }
}
