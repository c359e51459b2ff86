import HTTPTypes
import Hummingbird

/// Refuses a body larger than its route accepts (`SiteRoute.bodyLimit`) with 413: at once when the declared
/// length is too large, while reading otherwise. Bodies then read downstream are bounded by the same limit.
struct BodyLimitMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    /// The routes that take a body, with their limits.
    private let routes = SiteRoute.allCases.filter { $0.method != .get }

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        // Only these methods carry a body a route reads; any other reads none (a GET with a body stays a GET, or a
        // 405 on a path that only takes POST).
        guard [.post, .put, .patch].contains(request.method) else {
            context.maxUploadSize = BodyLimit.none
            return try await next(request, context)
        }
        let declared = request.headers[.contentLength].flatMap(Int.init)
        // A path that matches no route reads no body (it is a 404 or a 405): the form limit is then moot.
        let route = routes.first { $0.method == request.method && $0.matches(path: request.uri.path) }
        let limit = route?.bodyLimit ?? BodyLimit.form
        if let declared, declared > limit { throw WebError.contentTooLarge(limit: limit) }
        context.maxUploadSize = limit
        guard declared == nil else { return try await next(request, context) }
        // A body without a declared length is read here, within the limit, so that no reader downstream (the
        // generated API code has its own, larger limit) can be made to read more.
        var request = request
        _ = try await request.collectBody(upTo: limit)
        return try await next(request, context)
    }
}
