import Domain
import Foundation
import Hummingbird
import Services

/// The indicator catalogue and the dashboards of the nation, the regions and the départements, with exports.
struct DashboardHandlers {
    let environment: ServiceEnvironment

    func register(on routes: RouteRegistry) {
        routes.on(.indicatorCatalogue) { request, context in
            HTMLResponse.make(IndicatorCataloguePage.page(PageContext(request: request, context: context)))
        }
        routes.on(.openData) { request, context in
            let query = { (name: String) in QueryInput(request).text(name) }
            let dashboard = try await IndicatorService(environment: environment).openData(period: query("periode"))
            if query("format") == "csv" {
                return CSVFile.response(
                    rows: DashboardExport.rows(dashboard),
                    filename: "parcours-donnees-ouvertes-\(dashboard.period.parameter).csv"
                )
            }
            return HTMLResponse.make(
                OpenDataPage.page(
                    dashboard,
                    sort: query("tri"),
                    today: dashboard.today,
                    page: PageContext(request: request, context: context)
                )
            )
        }
        routes.on(.dashboard) { request, context in
            let account = try context.requireAccount(request)
            let scope = try IndicatorService(environment: environment).home(actor: account)
            return Response(status: .seeOther, headers: [.location: Self.route(scope).path])
        }
        routes.on(.dashboardNation) { request, context in try await show(.nation, request, context) }
        routes.on(.dashboardRegion(SiteRoute.sample)) { request, context in
            try await show(.region(try AdminHandlers.id(context)), request, context)
        }
        routes.on(.dashboardDepartement(SiteRoute.sample)) { request, context in
            try await show(.departement(try AdminHandlers.id(context)), request, context)
        }
    }

    /// The route of a territory's dashboard.
    static func route(_ scope: Dashboard.Scope) -> SiteRoute {
        switch scope {
        case .nation: .dashboardNation
        case .region(let code): .dashboardRegion(code)
        case .departement(let code): .dashboardDepartement(code)
        }
    }

    /// A dashboard as a page, a CSV file or an XLSX workbook (`format=csv|xlsx`).
    func show(_ scope: Dashboard.Scope, _ request: Request, _ context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount(request)
        let query = { (name: String) in QueryInput(request).text(name) }
        let dashboard = try await IndicatorService(environment: environment).dashboard(
            scope: scope,
            period: query("periode"),
            actor: account
        )
        let route = Self.route(scope)
        switch query("format") {
        case "csv":
            return CSVFile.response(
                rows: DashboardExport.rows(dashboard),
                filename: DashboardExport.filename(dashboard, "csv")
            )
        case "xlsx": return try DashboardExport.workbook(dashboard)
        default: break
        }
        let choices = DashboardPage.Choices(
            indicator: IndicatorCatalogue.named(query("indicateur")) ?? IndicatorCatalogue.householdsInSupport,
            sort: query("tri")
        )
        return HTMLResponse.make(
            DashboardPage.page(
                dashboard,
                choices: choices,
                route: route,
                links: {
                    Self.route($0).path(query: [
                        ("periode", dashboard.period.parameter), ("indicateur", choices.indicator.code),
                    ])
                },
                today: dashboard.today,
                page: PageContext(request: request, context: context)
            )
        )
    }
}
