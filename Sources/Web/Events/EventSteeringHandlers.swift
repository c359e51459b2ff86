import Domain
import Hummingbird
import Services

/// The steering page of the Semaine de l'intégration and the rencontres territoriales.
struct EventSteeringHandlers {
    let environment: ServiceEnvironment

    func register(on routes: RouteRegistry) {
        routes.on(.events(.steering)) { request, context in
            let account = try context.requireAccount(request)
            let steering = try await EventSteeringService(environment: environment).steering(actor: account)
            return HTMLResponse.make(
                EventSteeringPage.render(steering, page: PageContext(request: request, context: context))
            )
        }
    }
}
