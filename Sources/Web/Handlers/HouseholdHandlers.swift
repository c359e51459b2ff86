import Domain
import Hummingbird
import Services

/// The caseload list and the household file.
struct HouseholdHandlers {
    let environment: ServiceEnvironment

    func register(on routes: RouteRegistry) {
        routes.on(.households, use: list)
        routes.on(.household(SiteRoute.sample), use: show)
    }

    /// The caseworker's households (or, with `tous=1`, all those of the organisation the account may open).
    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount(request)
        let mine = request.uri.queryParameters["tous"] == nil && account.role == .referent
        let households = try await HouseholdService(environment: environment).list(actor: account, mine: mine)
        return HTMLResponse.make(
            HouseholdPages.list(
                households,
                mine: mine,
                today: CalendarDay(date: environment.time.now()),
                page: PageContext(request: request, context: context)
            )
        )
    }

    /// One household file; opening it is audited.
    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount(request)
        let file = try await HouseholdService(environment: environment).open(
            id: try AdminHandlers.id(context),
            actor: account
        )
        return HTMLResponse.make(
            HouseholdPages.file(
                file,
                today: CalendarDay(date: environment.time.now()),
                page: PageContext(request: request, context: context)
            )
        )
    }
}
