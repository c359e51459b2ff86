import Domain
import Foundation
import Hummingbird
import Services

/// The cookies of the newcomer's space: the session (sent to `/espace` only) and the chosen language.
struct SpaceCookies: Sendable {
    static let session = "parcours_espace"
    static let language = "parcours_langue"
    static let path = "/espace"
    let secure: Bool

    func session(_ token: String) -> Cookie {
        Cookie(name: Self.session, value: token, path: Self.path, secure: secure, httpOnly: true, sameSite: .lax)
    }

    func expiredSession() -> Cookie {
        Cookie(
            name: Self.session,
            value: "",
            maxAge: 0,
            path: Self.path,
            secure: secure,
            httpOnly: true,
            sameSite: .lax
        )
    }

    /// The language is remembered a year on this device.
    func language(_ language: SpaceLanguage) -> Cookie {
        Cookie(
            name: Self.language,
            value: language.rawValue,
            maxAge: 365 * 86_400,
            path: Self.path,
            secure: secure,
            httpOnly: true,
            sameSite: .lax
        )
    }
}

/// On the space's pages only: finds the person behind the space's cookie, takes that session's CSRF token, and
/// reads the remembered language. Agents' pages never look at the space's cookie.
struct SpaceSessionMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let signIn: NewcomerSignInService
    let cookies: SpaceCookies

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let path = request.uri.path
        guard path == SpaceCookies.path || path.hasPrefix(SpaceCookies.path + "/") else {
            return try await next(request, context)
        }
        var context = context
        var expired = false
        if let token = request.cookies[SpaceCookies.session]?.value, !token.isEmpty {
            if let session = try await signIn.session(token: token) {
                context.space = session
                context.spaceToken = token
                context.csrfToken = session.csrfToken
            } else {
                expired = true
            }
        }
        context.spaceLanguage = request.cookies[SpaceCookies.language].flatMap { SpaceLanguage(code: $0.value) }
        var response = try await next(request, context)
        if expired { response.setCookie(cookies.expiredSession()) }
        return response
    }
}
