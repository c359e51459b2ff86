import Domain
import Hummingbird
import Services

/// Records the priority neighbourhood a household lives in, from its file.
struct ResidenceHandlers {
    let environment: ServiceEnvironment
    let cookies: CookieSettings

    func register(on routes: RouteRegistry) {
        routes.on(.householdResidence(SiteRoute.sample)) { request, context in
            let id = try AdminHandlers.id(context)
            let form = try await FormData.read(request, context)
            do {
                try await ResidenceService(environment: environment).setQPV(
                    householdID: id,
                    qpv: form["residenceQPV"],
                    actor: try context.requireAccount(request)
                )
                return RedirectResponse.to(
                    SiteRoute.household(id).path,
                    flash: Flash(.success, "Quartier de résidence enregistré."),
                    cookies: cookies
                )
            } catch DomainError.invalid(let errors) {
                return RedirectResponse.to(
                    SiteRoute.household(id).path,
                    flash: Flash(.error, errors.messages.first?.message ?? "Quartier refusé."),
                    cookies: cookies
                )
            }
        }
    }
}
