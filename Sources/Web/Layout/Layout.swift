import Domain
import SafeHTML

/// The one page frame: skip link, header with organisation and role, navigation by role, breadcrumbs, footer.
enum Layout {
    static func page(
        title: String,
        page: PageContext,
        breadcrumbs: [Breadcrumb] = [],
        main: Node<HTML.BodyContext>
    ) -> HTML {
        HTML(
            .lang(.french),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .title("\(title) – Parcours"),
                .link(
                    .rel(.icon),
                    .href(SiteRoute.asset("favicon.svg")),
                    .attribute(named: "type", value: "image/svg+xml")
                ),
                .link(.rel(.stylesheet), .href(SiteRoute.asset("parcours.css"))),
                .script(.src(SiteRoute.asset("parcours.js")), .defer())
            ),
            .body(
                .a(.class("skip-link"), .href("#contenu"), .text("Aller au contenu")),
                header(page),
                .if(page.account != nil, navigation(page)),
                .main(
                    .id("contenu"),
                    .attribute(named: "tabindex", value: "-1"),
                    .div(
                        .class("container"),
                        .if(!breadcrumbs.isEmpty, trail(Breadcrumb.fromHome(breadcrumbs))),
                        .unwrap(page.flash) { FlashBanner.node($0) },
                        main
                    )
                ),
                footer()
            )
        )
    }

    private static func header(_ page: PageContext) -> Node<HTML.BodyContext> {
        .header(
            .class("site-header"),
            .div(
                .class("container header-row"),
                .a(
                    .class("brand"),
                    .href(page.account == nil ? SiteRoute.login.path : SiteRoute.home.path),
                    .span(.class("brand-name"), .text("Parcours")),
                    .span(.class("brand-tagline"), .text("Accueil et intégration des personnes primo-arrivantes"))
                ),
                .unwrap(page.account) { account in
                    .div(
                        .class("account"),
                        .p(
                            .class("account-who"),
                            .a(.href(SiteRoute.myAccount.path), .strong(.text(account.displayName))),
                            .br(),
                            .span(.text(account.organisationName)),
                            .br(),
                            .span(.class("account-role"), .text("\(account.role.label) · \(page.scopeLabel)"))
                        ),
                        .form(
                            .method(.post),
                            .action(SiteRoute.logout.path),
                            CSRFField.node(page.csrfToken),
                            .button(.type(.submit), .class("button button-secondary"), .text("Se déconnecter"))
                        )
                    )
                }
            )
        )
    }

    private static func navigation(_ page: PageContext) -> Node<HTML.BodyContext> {
        guard let account = page.account else { return .empty }
        let entries = Navigation.entries(for: account.role)
        let current = Navigation.current(path: page.path, among: entries.flatMap(\.items))
        return .nav(
            .class("site-nav"),
            .attribute(named: "aria-label", value: "Navigation principale"),
            .div(
                .class("container"),
                .ul(.forEach(entries) { entry in .li(Navigation.node(entry, current: current)) })
            )
        )
    }

    private static func trail(_ steps: [Breadcrumb]) -> Node<HTML.BodyContext> {
        .nav(
            .class("breadcrumbs"),
            .attribute(named: "aria-label", value: "Fil d'Ariane"),
            .ol(
                .forEach(steps.enumerated()) { index, step in
                    if let route = step.route, index < steps.count - 1 {
                        return .li(.a(.href(route.path), .text(step.label)))
                    }
                    return .li(.attribute(named: "aria-current", value: "page"), .text(step.label))
                }
            )
        )
    }

    private static func footer() -> Node<HTML.BodyContext> {
        .footer(
            .class("site-footer"),
            .div(
                .class("container"),
                .p(
                    .text(
                        "Parcours, logiciel libre au service de l'accueil et de l'intégration des personnes étrangères primo-arrivantes et réfugiées."
                    )
                ),
                .ul(
                    .li(.a(.href(SiteRoute.accessibility.path), .text("Accessibilité : non conforme"))),
                    .li(.a(.href(SiteRoute.openData.path), .text("Données ouvertes"))),
                    .li(.a(.href(SiteRoute.funding(.publicCalls).path), .text("Appels à projets"))),
                    .li(.a(.href(SiteRoute.indicatorCatalogue.path), .text("Indicateurs")))
                )
            )
        )
    }
}
