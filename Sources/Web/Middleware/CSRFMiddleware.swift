import Hummingbird
import NIOCore

/// Refuses any state-changing request whose `_csrf` form field does not match the page's token.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    static let fieldName = "_csrf"

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        // A bearer token is sent deliberately by its holder, never by a browser on another site's behalf.
        guard [.post, .put, .patch, .delete].contains(request.method), !context.authenticatedByToken else {
            return try await next(request, context)
        }
        // An API call without the session cookie carries no ambient credential a forged request could borrow.
        if request.uri.path.hasPrefix("/api/"), context.sessionToken == nil {
            return try await next(request, context)
        }
        var request = request
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        // A form that sends a file (multipart) carries its token as one of its parts.
        let sent =
            request.headers[.contentType].flatMap { MultipartForm.parse(body, contentType: $0) }?[Self.fieldName]
            ?? FormData(encoded: String(buffer: body)).raw(Self.fieldName)
        guard !context.csrfToken.isEmpty, Self.constantTimeEquals(sent, context.csrfToken) else {
            throw WebError.csrfRejected
        }
        return try await next(request, context)
    }

    /// Compares two tokens without revealing through timing how many leading characters match.
    static func constantTimeEquals(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8)
        let right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}
