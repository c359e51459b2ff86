import Domain
import SafeHTML
import Services

extension DashboardPage {
    /// The link to the weekly pseudonymised extract, on the nation's page and only for those who may take it.
    static func statisticalExtract(_ dashboard: Dashboard, account: AccountSummary?) -> Node<HTML.BodyContext> {
        let route = SiteRoute.statisticalExtract
        guard dashboard.scope == .nation, let account, route.policy.admits(account.role) else { return .empty }
        return .p(
            .class("no-print"),
            .a(.href(route.path), .text("Télécharger l'extrait statistique pseudonymisé (CSV)")),
            .text(
                " : une ligne par personne accompagnée ce jour, sans nom ni identifiant, pour le service statistique "
                    + "du ministère."
            )
        )
    }
}
