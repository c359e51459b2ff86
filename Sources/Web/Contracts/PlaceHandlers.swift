import Domain
import Hummingbird
import Services

/// The pages of a QPV and of a commune, for steering, and the public list of signed contracts.
struct PlaceHandlers {
    let environment: ServiceEnvironment

    func register(on routes: RouteRegistry) {
        routes.on(.qpvPage(SiteRoute.sample)) { request, context in
            let place = try await PlaceService(environment: environment).qpv(
                code: try AdminHandlers.id(context).uppercased(),
                actor: try context.requireAccount(request)
            )
            return HTMLResponse.make(QPVPage.render(place, page: PageContext(request: request, context: context)))
        }
        routes.on(.communePage(SiteRoute.sample)) { request, context in
            let place = try await PlaceService(environment: environment).commune(
                code: try AdminHandlers.id(context).uppercased(),
                actor: try context.requireAccount(request)
            )
            return HTMLResponse.make(CommunePage.render(place, page: PageContext(request: request, context: context)))
        }
        routes.on(.publicContracts) { request, context in
            let (contracts, names) = try await PublicContractsService(environment: environment).signed()
            return HTMLResponse.make(
                PublicContractsPage.render(
                    contracts,
                    names: names,
                    page: PageContext(request: request, context: context)
                )
            )
        }
        routes.on(.publicContractsCSV) { _, _ in
            let (contracts, names) = try await PublicContractsService(environment: environment).signed()
            return CSVFile.response(
                rows: PublicContractsPage.rows(contracts, names: names),
                filename: "parcours-contrats-territoriaux-signes.csv"
            )
        }
    }
}
