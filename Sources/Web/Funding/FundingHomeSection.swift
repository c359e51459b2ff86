import Domain
import SafeHTML
import Services

/// The funding part of a home page: reports owed or overdue, applications awaiting a decision.
enum FundingHomeSection {
    static func node(_ digest: FundingDigest, role: Role) -> Node<HTML.BodyContext> {
        let agent = role != .partenaire
        return .section(
            .attribute(named: "aria-labelledby", value: "subventions-a-suivre"),
            .h2(
                .id("subventions-a-suivre"),
                .text(agent ? "Crédits : comptes rendus en retard" : "Comptes rendus financiers à déposer")
            ),
            .if(
                agent && role != .national,
                .p(
                    .text(
                        digest.awaitingDecision == 0
                            ? "Aucune demande n'attend de décision."
                            : "\(digest.awaitingDecision) demande\(digest.awaitingDecision > 1 ? "s attendent" : " attend") "
                                + "la décision d'un comité. "
                    ),
                    .a(.href(SiteRoute.funding(.calls).path), .text("Voir les appels à projets"))
                )
            ),
            digest.reports.isEmpty
                ? EmptyState.node(agent ? "Aucun compte rendu financier en retard." : "Aucun compte rendu attendu.")
                : .ul(
                    .forEach(digest.reports.prefix(20)) { report in
                        .li(
                            .a(
                                .href(
                                    SiteRoute.funding(
                                        agent ? .instruction(report.applicationID) : .application(report.applicationID)
                                    ).path
                                ),
                                .text("Subvention n° \(report.number)")
                            ),
                            .text(
                                " – \(report.organisationName) – échéance du \(report.due.french)"
                                    + (report.overdue ? " (en retard)" : "")
                            )
                        )
                    }
                ),
            .if(
                digest.reports.count > 20,
                .p(.text("… et \(digest.reports.count - 20) autres : voir la page Crédits."))
            )
        )
    }
}
