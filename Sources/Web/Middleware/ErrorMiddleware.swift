import Domain
import Foundation
import Hummingbird
import Logging
import NIOCore
import OpenAPIRuntime

/// Turns every error into a French HTML page, or an RFC 9457 problem for API and JSON clients.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            if case WebError.unauthenticated(let returnPath) = error, !Self.wantsJSON(request) {
                let target =
                    returnPath.isEmpty ? SiteRoute.login.path : SiteRoute.login.path(query: [("suite", returnPath)])
                return Response.redirect(to: target, type: .normal)
            }
            if case WebError.spaceUnauthenticated = error, !Self.wantsJSON(request) {
                return Response.redirect(to: SiteRoute.spaceSignIn.path, type: .normal)
            }
            let error = Self.refine(error, request: request)
            let presentation = Self.presentation(for: error, logger: context.logger)
            if Self.wantsJSON(request) {
                var response = ProblemResponse.make(presentation, instance: request.uri.path)
                if presentation.status == .unauthorized { response.headers[.wwwAuthenticate] = "Bearer" }
                if case WebError.methodNotAllowed(let allowed) = error {
                    response.headers[.allow] = allowed.joined(separator: ", ")
                }
                return response
            }
            // A person in their space reads the error in their language, in the space's frame.
            if request.uri.path.hasPrefix(SpaceCookies.path), context.account == nil {
                return HTMLResponse.make(
                    SpaceErrorPage.render(
                        status: Int(presentation.status.code),
                        SpaceErrorPage.context(request, context)
                    ),
                    status: presentation.status
                )
            }
            return HTMLResponse.make(
                ErrorPage.render(presentation, page: PageContext(request: request, context: context)),
                status: presentation.status
            )
        }
    }

    /// A "not found" on a path that exists with other methods becomes "method not allowed".
    /// Errors of the generated API code are unwrapped: a request it could not decode is a 400 naming the field.
    static func refine(_ error: any Error, request: Request) -> any Error {
        if let serverError = error as? ServerError {
            if serverError.underlyingError is WebError || serverError.underlyingError is DomainError {
                return serverError.underlyingError
            }
            if serverError.operationInput != nil, !acceptsJSON(request) { return WebError.notAcceptable }
            if serverError.operationInput == nil {
                return WebError.badRequest("Requête illisible : \(APIDecoding.describe(serverError.underlyingError)).")
            }
            return serverError.underlyingError
        }
        guard let httpError = error as? HTTPError, httpError.status == .notFound else { return error }
        let methods = SiteRoute.allCases.filter { $0.matches(path: request.uri.path) }.map(\.method.rawValue)
        return methods.isEmpty || methods.contains(request.method.rawValue)
            ? error : WebError.methodNotAllowed(allowed: Array(Set(methods)).sorted())
    }

    static func presentation(for error: any Error, logger: Logger) -> ErrorPresentation {
        switch error {
        case WebError.notFound, DomainError.notFound: return .notFound
        case WebError.forbidden, DomainError.forbidden: return .forbidden
        case WebError.csrfRejected: return .csrf
        case WebError.unauthenticated, WebError.spaceUnauthenticated: return .unauthenticated
        case WebError.badRequest(let detail): return .badRequest(detail)
        case WebError.contentTooLarge(let limit): return .contentTooLarge(limit: limit)
        // Raised by a body read beyond its limit (the route's, set by `BodyLimitMiddleware`).
        case let error as NIOTooManyBytesError: return .contentTooLarge(limit: error.maxBytes ?? BodyLimit.form)
        case WebError.tokenOutsideAPI:
            return ErrorPresentation(
                status: .unauthorized,
                title: "Jeton refusé ici",
                detail: "Les jetons d'API n'ouvrent que l'API (adresses en /api/). Pour les pages et les réglages "
                    + "de votre compte, connectez-vous avec votre mot de passe."
            )
        case WebError.tokenNeedsSecondFactor:
            return ErrorPresentation(
                status: .forbidden,
                title: "Double authentification requise",
                detail: "Votre rôle exige la double authentification : activez-la depuis « Mon compte » avant "
                    + "d'utiliser vos jetons d'API."
            )
        case WebError.metricsRefused:
            return ErrorPresentation(
                status: .forbidden,
                title: "Accès refusé",
                detail: "Les métriques ne sont servies qu'aux adresses autorisées ou avec le jeton de supervision."
            )
        case WebError.invalidToken:
            return ErrorPresentation(
                status: .unauthorized,
                title: "Jeton refusé",
                detail: "Ce jeton d'API est inconnu, expiré ou révoqué. Créez-en un autre depuis « Mon compte »."
            )
        case WebError.notAcceptable:
            return ErrorPresentation(
                status: .notAcceptable,
                title: "Format non disponible",
                detail: "Cette adresse de l'API ne répond qu'en JSON : demandez application/json."
            )
        case WebError.methodNotAllowed:
            return ErrorPresentation(
                status: .methodNotAllowed,
                title: "Méthode non permise",
                detail: "Cette adresse n'accepte pas cette méthode."
            )
        case DomainError.throttled(let message):
            return ErrorPresentation(status: .tooManyRequests, title: "Trop de tentatives", detail: message)
        case DomainError.conflict(let message):
            return ErrorPresentation(status: .conflict, title: "Conflit", detail: message)
        case DomainError.invalid(let errors):
            return ErrorPresentation(
                status: .unprocessableContent,
                title: "Données invalides",
                detail: errors.messages.map { "\($0.field) : \($0.message)" }.joined(separator: " ")
            )
        case let error as HTTPError where error.status == .notFound: return .notFound
        case let error as HTTPError where error.status == .methodNotAllowed:
            return ErrorPresentation(
                status: .methodNotAllowed,
                title: "Méthode non permise",
                detail: "Cette adresse n'accepte pas cette méthode."
            )
        case let error as HTTPError where error.status.code < 500:
            return .badRequest(error.body ?? "La requête est mal formée.")
        default:
            logger.error("Erreur non gérée", metadata: ["error": "\(String(reflecting: error))"])
            return .serverError
        }
    }

    /// API paths and clients that ask for JSON get problems, everyone else gets pages.
    /// Whether the request's Accept header admits JSON (no header admits everything).
    static func acceptsJSON(_ request: Request) -> Bool {
        guard let accept = request.headers[.accept], !accept.isEmpty else { return true }
        return accept.contains("json") || accept.contains("*/*") || accept.contains("application/*")
    }

    static func wantsJSON(_ request: Request) -> Bool {
        if request.uri.path.hasPrefix("/api/") || request.uri.path.hasSuffix(".json") { return true }
        let accept = request.headers[.accept] ?? ""
        return accept.contains("application/json") || accept.contains("application/problem+json")
    }
}

/// An RFC 9457 problem document, as every API error and JSON client receives it.
struct Problem: Codable, Equatable {
    var type = "about:blank"
    let title: String
    let status: Int
    let detail: String
    let instance: String
}

/// RFC 9457 problem responses.
enum ProblemResponse {
    static func make(_ presentation: ErrorPresentation, instance: String) -> Response {
        let problem = Problem(
            title: presentation.title,
            status: Int(presentation.status.code),
            detail: presentation.detail,
            instance: instance
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding five plain members cannot fail.
        let json = (try? encoder.encode(problem)) ?? Data()
        return Response(
            status: presentation.status,
            headers: [.contentType: "application/problem+json"],
            body: .init(byteBuffer: ByteBuffer(bytes: json))
        )
    }
}
