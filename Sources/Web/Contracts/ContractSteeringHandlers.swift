import Domain
import Hummingbird
import Services

/// The steering pages of contracts (nation, région, département), as a page, a CSV file or an XLSX workbook.
struct ContractSteeringHandlers {
    let environment: ServiceEnvironment

    func register(on routes: RouteRegistry) {
        routes.on(.contractSteering) { request, context in
            let scope = try IndicatorService(environment: environment).home(actor: try context.requireAccount(request))
            return Response(status: .seeOther, headers: [.location: Self.route(scope).path])
        }
        routes.on(.contractSteeringNation) { request, context in try await show(.nation, request, context) }
        routes.on(.contractSteeringRegion(SiteRoute.sample)) { request, context in
            try await show(.region(try AdminHandlers.id(context)), request, context)
        }
        routes.on(.contractSteeringDepartement(SiteRoute.sample)) { request, context in
            try await show(.departement(try AdminHandlers.id(context)), request, context)
        }
    }

    /// The steering route of a territory.
    static func route(_ scope: Dashboard.Scope) -> SiteRoute {
        switch scope {
        case .nation: .contractSteeringNation
        case .region(let code): .contractSteeringRegion(code)
        case .departement(let code): .contractSteeringDepartement(code)
        }
    }

    func show(_ scope: Dashboard.Scope, _ request: Request, _ context: AppRequestContext) async throws -> Response {
        let query = QueryInput(request)
        let steering = try await ContractSteeringService(environment: environment).steering(
            scope: scope,
            year: query.integer("annee", in: ContractSteeringService.years),
            actor: try context.requireAccount(request)
        )
        switch query.choice("format", in: ["csv", "xlsx"]) {
        case "csv":
            return CSVFile.response(
                rows: ContractSteeringExport.rows(steering),
                filename: ContractSteeringExport.filename(steering, "csv")
            )
        case "xlsx":
            return try ContractSteeringExport.workbook(steering)
        default:
            return HTMLResponse.make(
                ContractSteeringPage.render(steering, page: PageContext(request: request, context: context))
            )
        }
    }
}
