import HTTPTypes
import Hummingbird

/// Adds the security headers every response carries: CSP without inline script, no framing, no sniffing; and,
/// when Parcours is served over TLS (secure cookies on), HSTS so that browsers never come back over plain HTTP.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Two years, sub-domains included, as the HSTS preload list asks.
    static var strictTransportSecurity: String { "max-age=63072000; includeSubDomains" }
    let strictTransport: Bool

    static var contentSecurityPolicy: String {
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'"
    }

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        response.headers[HTTPField.Name("Permissions-Policy")!] = "camera=(), microphone=(), geolocation=()"
        if strictTransport {
            response.headers[HTTPField.Name("Strict-Transport-Security")!] = Self.strictTransportSecurity
        }
        if response.headers[.cacheControl] == nil {
            response.headers[.cacheControl] = "no-store"
        }
        return response
    }
}
