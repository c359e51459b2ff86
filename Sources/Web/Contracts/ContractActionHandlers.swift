import Domain
import Hummingbird
import SafeHTML
import Services

/// An action's page and its forms: funding lines, indicators, yearly targets and results.
struct ContractActionHandlers {
    let environment: ServiceEnvironment
    let cookies: CookieSettings

    var actions: ContractActionService { ContractActionService(environment: environment) }

    func register(on routes: RouteRegistry) {
        routes.on(.contractActionPage(SiteRoute.sample)) { request, context in
            HTMLResponse.make(try await page(request, context, form: TypedForm()))
        }
        routes.on(
            .contractFunding(SiteRoute.sample),
            use: change(success: "Financement ajouté.") { service, id, form, actor in
                try await service.addFunding(actionID: id, input: ContractForms.funding(form), actor: actor)
            }
        )
        routes.on(
            .contractIndicator(SiteRoute.sample),
            use: change(success: "Indicateur ajouté.") { service, id, form, actor in
                try await service.addIndicator(actionID: id, input: ContractForms.indicator(form), actor: actor)
            }
        )
        routes.on(
            .contractTarget(SiteRoute.sample),
            use: change(success: "Cible enregistrée.") { service, id, form, actor in
                try await service.setFigure(
                    .target,
                    actionID: id,
                    input: ContractForms.figure(form, prefix: "target"),
                    actor: actor
                )
            }
        )
        routes.on(
            .contractResult(SiteRoute.sample),
            use: change(success: "Résultat enregistré.") { service, id, form, actor in
                try await service.setFigure(
                    .result,
                    actionID: id,
                    input: ContractForms.figure(form, prefix: "result"),
                    actor: actor
                )
            }
        )
    }

    /// A form of the action's page: back to the page with a message, or the page again with the messages.
    func change(
        success: String,
        _ action: @escaping @Sendable (ContractActionService, String, FormData, AccountSummary) async throws -> Void
    ) -> RouteRegistry.Handler {
        { request, context in
            let id = try AdminHandlers.id(context)
            let form = try await FormData.read(request, context)
            do {
                try await action(actions, id, form, try context.requireAccount(request))
                return RedirectResponse.to(
                    SiteRoute.contractActionPage(id).path,
                    flash: Flash(.success, success),
                    cookies: cookies
                )
            } catch DomainError.invalid(let errors) {
                return HTMLResponse.make(
                    try await page(request, context, form: TypedForm(errors: errors, typed: form.fields)),
                    status: .unprocessableContent
                )
            } catch DomainError.conflict(let message) {
                return RedirectResponse.to(
                    SiteRoute.contractActionPage(id).path,
                    flash: Flash(.error, message),
                    cookies: cookies
                )
            }
        }
    }

    func page(_ request: Request, _ context: AppRequestContext, form: TypedForm) async throws -> HTML {
        let file = try await actions.file(
            actionID: try AdminHandlers.id(context),
            actor: try context.requireAccount(request)
        )
        return ContractActionPage.render(file, form: form, page: PageContext(request: request, context: context))
    }
}
