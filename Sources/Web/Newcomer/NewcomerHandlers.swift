import Domain
import Foundation
import Hummingbird
import Services

/// The newcomer's space (the person's pages) and the agents' pages about it.
struct NewcomerHandlers {
    let environment: ServiceEnvironment
    let cookies: CookieSettings
    let spaceCookies: SpaceCookies
    let catalogues: SpaceCatalogues
    /// The public address of Parcours, for the links of e-mails (never taken from a request's Host header).
    let publicBaseURL: String

    func register(on routes: RouteRegistry) {
        SpaceAuthHandlers(space: self).register(on: routes)
        SpacePageHandlers(space: self).register(on: routes)
        SpaceDataHandlers(space: self).register(on: routes)
        AgentSpaceHandlers(space: self).register(on: routes)
    }

    /// The language of a page of the space: the signed-in person's, else the one chosen on this device, else French.
    func language(_ context: AppRequestContext) -> SpaceLanguage {
        context.space?.language ?? context.spaceLanguage ?? .french
    }

    /// What a page of the space needs, for the household in the path (nil before sign-in).
    func page(_ request: Request, _ context: AppRequestContext, householdID: String? = nil) -> SpacePageContext {
        SpacePageContext(
            t: Translator(language(context), catalogues: catalogues),
            householdID: householdID ?? (context.space?.stage == .complete ? context.space?.householdID : nil),
            csrfToken: context.csrfToken,
            flash: context.flash,
            path: request.uri.path
        )
    }

    /// The signed-in person (the policy already refused anyone else).
    func person(_ context: AppRequestContext) throws -> SpaceSession {
        guard let session = context.space, session.stage == .complete else { throw WebError.spaceUnauthenticated }
        return session
    }

    /// A redirect with a message given by its key, translated on the next page.
    func redirect(_ route: SiteRoute, flash: SpaceText? = nil) -> Response {
        RedirectResponse.to(route.path, flash: flash.map { Flash(.success, $0.rawValue) }, cookies: cookies)
    }
}
