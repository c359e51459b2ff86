import HTTPTypes
import Hummingbird
import Services

/// Sends each response's request id (`X-Request-Id`, the `hb.request.id` of every log line of the request), so that
/// a person reporting a problem, or a proxy's log, points at the server's log lines; the audit events the request
/// writes carry it too.
struct RequestIDMiddleware<Context: RequestContext>: RouterMiddleware {
    static var header: HTTPField.Name { HTTPField.Name("X-Request-Id")! }

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response = try await RequestCorrelation.$id.withValue(context.id) { try await next(request, context) }
        response.headers[Self.header] = context.id
        return response
    }
}
