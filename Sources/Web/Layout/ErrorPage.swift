import SafeHTML

/// The page shown for 403, 404 and 500 errors.
enum ErrorPage {
    static func render(_ presentation: ErrorPresentation, page: PageContext) -> HTML {
        Layout.page(
            title: presentation.title,
            page: page,
            main: .div(
                .class("narrow"),
                .h1(.text(presentation.title)),
                .p(.class("error-code"), .text("Code \(presentation.status.code)")),
                .p(.text(presentation.detail)),
                .p(
                    .a(
                        .class("button"),
                        .href(page.account == nil ? SiteRoute.login.path : SiteRoute.home.path),
                        .text(page.account == nil ? "Aller à la connexion" : "Revenir à l'accueil")
                    )
                )
            )
        )
    }
}
