import Domain
import Foundation
import Hummingbird
import Services

/// Names and flags of the cookies Parcours sets. Behind TLS they are `Secure` and named with the `__Host-` prefix,
/// which browsers accept only from a secure origin, for the whole site and without a `Domain`: a neighbouring
/// sub-domain or a plain-HTTP page cannot plant one.
struct CookieSettings: Sendable {
    let secure: Bool

    /// The session cookie's name.
    var session: String { name("parcours_session") }
    /// The login form's double-submit CSRF cookie's name.
    var csrf: String { name("parcours_csrf") }
    /// The one-time message's cookie name.
    var flash: String { name("parcours_flash") }

    private func name(_ base: String) -> String { secure ? "__Host-" + base : base }

    /// A cookie readable only by the server, sent on same-site navigation.
    func cookie(_ name: String, _ value: String, maxAge: Int? = nil) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    /// A cookie that tells the browser to forget `name`.
    func expired(_ name: String) -> Cookie { cookie(name, "", maxAge: 0) }
}

/// Finds the account behind the session cookie, the CSRF token of the page, and the flash message.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let login: LoginService
    let ids: any IdentifierSource
    let cookies: CookieSettings
    let scopeNames: ScopeNames

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        var setCookies: [Cookie] = []
        if let token = request.cookies[cookies.session]?.value, !token.isEmpty {
            if let session = try await login.session(token: token) {
                context.sessionToken = token
                context.csrfToken = session.csrfToken
                context.mustChangePassword = session.passwordTemporary && session.stage != .secondFactor
                switch session.stage {
                case .complete: context.account = session.account
                case .enrolment:
                    context.account = session.account
                    context.mustEnrolSecondFactor = true
                case .secondFactor: context.pendingSecondFactor = session.account
                }
            } else {
                setCookies.append(cookies.expired(cookies.session))
            }
        }
        if let account = context.account { context.scopeLabel = try await scopeNames.label(account.scope) }
        if context.sessionToken == nil {
            // Anonymous forms (the login form) use a double-submit token held in its own cookie.
            if let token = request.cookies[cookies.csrf]?.value, token.count >= 20 {
                context.csrfToken = token
            } else {
                context.csrfToken = ids.makeToken(byteCount: 24)
                setCookies.append(cookies.cookie(cookies.csrf, context.csrfToken))
            }
        }
        if let flash = request.cookies[cookies.flash]?.value, let decoded = FlashCookie.decode(flash) {
            context.flash = decoded
            setCookies.append(cookies.expired(cookies.flash))
        }
        var response = try await next(request, context)
        for cookie in setCookies { response.setCookie(cookie) }
        return response
    }
}

/// A flash message carried across one redirect in a cookie.
enum FlashCookie {
    static func encode(_ flash: Flash) -> String { flash.kind.rawValue + "." + FormData.encode(flash.message) }

    static func decode(_ value: String) -> Flash? {
        let parts = value.split(separator: ".", maxSplits: 1)
        guard parts.count == 2, let kind = Flash.Kind(rawValue: String(parts[0])),
            let message = String(parts[1]).removingPercentEncoding, message.count <= 300
        else { return nil }
        return Flash(kind, message)
    }
}
