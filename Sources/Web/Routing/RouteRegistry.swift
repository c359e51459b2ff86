import Domain
import Hummingbird

/// Registers each route in the router group of its access policy, so the policy guards it before the handler runs.
final class RouteRegistry {
    typealias Handler = @Sendable (Request, AppRequestContext) async throws -> Response
    let router: Router<AppRequestContext>
    private var groups: [String: RouterGroup<AppRequestContext>] = [:]

    init(router: Router<AppRequestContext>) { self.router = router }

    /// Adds `handler` for `route`, with the route's method, path pattern and policy.
    func on(_ route: SiteRoute, use handler: @escaping Handler) {
        // A route missing from `SiteRoute.allCases` would escape the route × role test: refuse to start.
        precondition(SiteRoute.allCases.contains(route), "\(route) manque dans SiteRoute.allCases")
        let policy = route.policy
        let group = groups[policy.name] ?? router.group().add(middleware: PolicyMiddleware(policy: policy))
        groups[policy.name] = group
        let allowedDuringEnrolment = route.allowedDuringEnrolment
        let allowedWithTemporaryPassword = route.allowedWithTemporaryPassword
        group.on(route.routerPath, method: route.method) { (request: Request, context: AppRequestContext) -> Response in
            // An account that must enrol a second factor reaches nothing else until it has.
            if context.mustEnrolSecondFactor && !allowedDuringEnrolment {
                return Response.redirect(to: SiteRoute.secondFactorEnrolment.path, type: .normal)
            }
            // A password someone else chose is replaced before anything else.
            if context.mustChangePassword && !allowedWithTemporaryPassword {
                return Response.redirect(to: SiteRoute.myAccount.path, type: .normal)
            }
            return try await handler(request, context)
        }
    }
}

/// Lets through only the visitors a policy admits: others are sent to login (anonymous) or refused (403).
struct PolicyMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let policy: any AccessPolicy

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        guard let account = context.account else {
            if policy.admitsAnonymous { return try await next(request, context) }
            // A person's session reaches the space's pages only; anyone else is asked for their code.
            if policy.admitsNewcomers {
                guard context.space?.stage == .complete else { throw WebError.spaceUnauthenticated }
                return try await next(request, context)
            }
            let query = request.uri.query.map { "?" + $0 } ?? ""
            throw WebError.unauthenticated(returnPath: request.method == .get ? request.uri.path + query : "")
        }
        guard policy.admits(account.role) else {
            context.logger.notice(
                "Accès refusé",
                metadata: ["politique": "\(policy.name)", "rôle": "\(account.role.rawValue)"]
            )
            throw WebError.forbidden
        }
        return try await next(request, context)
    }
}
