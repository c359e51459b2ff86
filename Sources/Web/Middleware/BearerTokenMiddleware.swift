import Hummingbird
import Services

/// Authenticates API calls that carry `Authorization: Bearer prc_…`: the token acts as its owner.
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
        guard parts.count == 2, parts[0].lowercased() == "bearer",
            let account = try await tokens.authenticate(String(parts[1]).trimmingCharacters(in: .whitespaces))
        else { throw WebError.invalidToken }
        var context = context
        context.account = account
        context.authenticatedByToken = true
        context.mustEnrolSecondFactor = false
        context.pendingSecondFactor = nil
        return try await next(request, context)
    }
}
