import Domain
import Hummingbird
import Persistence
import Services

/// Each role's home page and the accessibility statement.
struct HomeHandlers {
    let territories: TerritoryQueries
    let environment: ServiceEnvironment

    func register(on routes: RouteRegistry) {
        routes.on(.home, use: home)
        routes.on(.accessibility, use: accessibility)
    }

    /// The home page of the signed-in account's role.
    @Sendable func home(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount(request)
        var model = try await HomeModel.load(account: account, territories: territories)
        if OperatorStaff().admits(account.role) {
            model.digest = try await CaseloadDigest.load(environment: environment, actor: account)
            model.unreadThreads = try await NewcomerMessageService(environment: environment).unread(actor: account)
        }
        if [.prefecture, .dreets, .national].contains(account.role) {
            let indicators = IndicatorService(environment: environment)
            if let scope = try? indicators.home(actor: account) {
                let dashboard = try await indicators.dashboard(scope: scope, period: "12m", actor: account)
                model.steering = (dashboard, DashboardHandlers.route(scope).path)
            }
        }
        if account.role == .ofii {
            let found = try await ReferralService(environment: environment).attention(
                actor: account,
                limit: HomeSteering.referralsShown
            )
            model.referrals = HomeSteering.Referrals(
                pending: found.pending,
                pendingTotal: found.pendingTotal,
                declined: found.declined,
                declinedTotal: found.declinedTotal
            )
        }
        model.funding = try await FundingDigest.load(environment: environment, actor: account)
        if MeetingRecorders().admits(account.role) {
            model.decisions = try await MeetingService(environment: environment).openDecisions(actor: account)
            model.today = environment.time.todayInMetropolitanFrance()
        }
        return HTMLResponse.make(HomePage.render(model, page: PageContext(request: request, context: context)))
    }

    /// The accessibility statement, open to everyone.
    @Sendable func accessibility(_ request: Request, context: AppRequestContext) async throws -> Response {
        HTMLResponse.make(AccessibilityPage.render(page: PageContext(request: request, context: context)))
    }
}

extension AppRequestContext {
    /// The signed-in account, or a redirect to the login page that comes back here.
    func requireAccount(_ request: Request) throws -> AccountSummary {
        guard let account else {
            let query = request.uri.query.map { "?" + $0 } ?? ""
            throw WebError.unauthenticated(returnPath: request.uri.path + query)
        }
        return account
    }
}
