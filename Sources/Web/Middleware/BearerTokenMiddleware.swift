import Hummingbird
import Services

/// Authenticates API calls that carry `Authorization: Bearer prc_…`: the token acts as its owner, on `/api/*`
/// only. A token is never stronger than a session: it opens no page and no account setting (so no token can mint
/// or revoke tokens), and it is held like a session until its account enrols the second factor its role requires.
struct BearerTokenMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let tokens: ApiTokenService

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        guard let header = request.headers[.authorization] else { return try await next(request, context) }
        let parts = header.split(separator: " ", maxSplits: 1)
        // Other schemes (a proxy's Basic authentication) are not Parcours's; `/metrics` checks its own token.
        guard parts.count == 2, parts[0].lowercased() == "bearer", request.uri.path != SiteRoute.metrics.path else {
            return try await next(request, context)
        }
        guard request.uri.path.hasPrefix("/api/") else { throw WebError.tokenOutsideAPI }
        switch try await tokens.authenticate(String(parts[1]).trimmingCharacters(in: .whitespaces)) {
        case .refused: throw WebError.invalidToken
        case .secondFactorRequired: throw WebError.tokenNeedsSecondFactor
        case .account(let account):
            var context = context
            context.account = account
            context.authenticatedByToken = true
            context.mustEnrolSecondFactor = false
            context.pendingSecondFactor = nil
            // A session cookie sent alongside does not count: the call is the token's alone.
            context.sessionToken = nil
            return try await next(request, context)
        }
    }
}
