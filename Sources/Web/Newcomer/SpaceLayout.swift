import Domain
import SafeHTML

/// What every page of the space needs: the translator, the person's household (nil before sign-in), the CSRF token,
/// the flash message and the current path.
struct SpacePageContext: Sendable {
    let t: Translator
    let householdID: String?
    let csrfToken: String
    let flash: Flash?
    let path: String
}

/// The frame of the space's pages: the language and direction on `<html>`, a light stylesheet, no script, the menu
/// of the person's pages when signed in.
enum SpaceLayout {
    static func page(title: String, _ page: SpacePageContext, main: Node<HTML.BodyContext>) -> HTML {
        let t = page.t
        return HTML(
            .attribute(named: "lang", value: t.language.tag),
            .attribute(named: "dir", value: t.language.isRightToLeft ? "rtl" : "ltr"),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .title("\(title) – \(t(.appName))"),
                .link(.rel(.stylesheet), .href(SiteRoute.asset("espace.css")))
            ),
            .body(
                .a(.class("skip"), .href("#contenu"), .text(t(.layoutSkip))),
                header(page),
                .unwrap(page.householdID) { menu($0, page) },
                .main(
                    .id("contenu"),
                    .attribute(named: "tabindex", value: "-1"),
                    .div(.class("wrap"), .unwrap(page.flash) { flash($0, t) }, main)
                ),
                .footer(.class("foot"), .div(.class("wrap"), .p(.text(t(.layoutHelp)))))
            )
        )
    }

    private static func header(_ page: SpacePageContext) -> Node<HTML.BodyContext> {
        let t = page.t
        return .header(
            .class("bar"),
            .div(
                .class("wrap bar-row"),
                .a(
                    .class("brand"),
                    .href(page.householdID.map { SiteRoute.spaceHome($0).path } ?? SiteRoute.spaceSignIn.path),
                    .text(t(.appName))
                ),
                .div(
                    .class("tools"),
                    .a(
                        .href(SiteRoute.spaceLanguages.path),
                        .text("\(t(.layoutLanguage)) · "),
                        .span(
                            .attribute(named: "lang", value: t.language.tag),
                            .text(t.language.nativeName)
                        )
                    ),
                    .if(
                        page.householdID != nil,
                        .form(
                            .method(.post),
                            .action(SiteRoute.spaceSignOut.path),
                            CSRFField.node(page.csrfToken),
                            .button(.type(.submit), .class("link-button"), .text(t(.layoutSignOut)))
                        )
                    )
                )
            )
        )
    }

    private static func menu(_ householdID: String, _ page: SpacePageContext) -> Node<HTML.BodyContext> {
        let t = page.t
        let items: [(SpaceText, SiteRoute)] = [
            (.navHome, .spaceHome(householdID)), (.navAppointments, .spaceAppointments(householdID)),
            (.navSteps, .spaceSteps(householdID)), (.navFrench, .spaceFrench(householdID)),
            (.navTitles, .spaceTitles(householdID)), (.navCourses, .spaceCourses(householdID)),
            (.navMessages, .spaceMessages(householdID)), (.navData, .spaceData(householdID)),
        ]
        return .nav(
            .class("menu"),
            .attribute(named: "aria-label", value: t(.layoutNav)),
            .ul(
                .class("wrap"),
                .forEach(items) { text, route in
                    .li(
                        .a(
                            .href(route.path),
                            .text(t(text)),
                            .if(page.path == route.path, .attribute(named: "aria-current", value: "page"))
                        )
                    )
                }
            )
        )
    }

    private static func flash(_ flash: Flash, _ t: Translator) -> Node<HTML.BodyContext> {
        let message = SpaceText(rawValue: flash.message).map { t($0) } ?? flash.message
        return .div(
            .class("flash flash-\(flash.kind.rawValue)"),
            .attribute(named: "role", value: flash.kind == .error ? "alert" : "status"),
            .p(.text(message))
        )
    }
}
