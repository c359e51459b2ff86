import Domain
import Hummingbird

/// What every page needs from the request: who is signed in, the CSRF token, the flash message, the current path.
struct PageContext: Sendable {
    let account: AccountSummary?
    let csrfToken: String
    let flash: Flash?
    let path: String
    /// The account's scope with names ("Rhône (69)"), or its codes when the names are not known.
    let scopeLabel: String

    init(request: Request, context: AppRequestContext) {
        self.account = context.account
        self.csrfToken = context.csrfToken
        self.flash = context.flash
        self.path = request.uri.path
        self.scopeLabel = context.scopeLabel ?? context.account?.scope.label ?? ""
    }

    /// A page seen by `account` outside a request (the rendering benchmark).
    init(account: AccountSummary, path: String) {
        self.account = account
        self.csrfToken = String(repeating: "x", count: 43)
        self.flash = nil
        self.path = path
        self.scopeLabel = account.scope.label
    }
}

/// A step of the breadcrumb trail; the last step is the current page and has no link.
struct Breadcrumb: Sendable {
    let label: String
    let route: SiteRoute?

    /// The trail as shown: it always starts at Accueil, whatever the page gave.
    static func fromHome(_ trail: [Breadcrumb]) -> [Breadcrumb] {
        trail.first?.route == .home ? trail : [Breadcrumb(label: "Accueil", route: .home)] + trail
    }
}
