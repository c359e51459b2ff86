import Domain
import Hummingbird
import SafeHTML
import Services

/// A review's page and its forms: the decisions it takes and its follow-up of earlier decisions.
struct ContractReviewHandlers {
    let environment: ServiceEnvironment
    let cookies: CookieSettings

    var reviews: ContractReviewService { ContractReviewService(environment: environment) }

    func register(on routes: RouteRegistry) {
        routes.on(.contractReview(SiteRoute.sample)) { request, context in
            HTMLResponse.make(try await page(request, context, form: TypedForm()))
        }
        routes.on(
            .contractDecision(SiteRoute.sample),
            use: change(success: "Décision enregistrée.") { service, id, form, actor in
                try await service.addDecision(reviewID: id, input: ContractForms.decision(form), actor: actor)
            }
        )
        routes.on(
            .contractFollowUp(SiteRoute.sample),
            use: change(success: "Suivi de la décision enregistré.") { service, id, form, actor in
                try await service.followUp(reviewID: id, input: ContractForms.followUp(form), actor: actor)
            }
        )
    }

    func change(
        success: String,
        _ action: @escaping @Sendable (ContractReviewService, String, FormData, AccountSummary) async throws -> Void
    ) -> RouteRegistry.Handler {
        { request, context in
            let id = try AdminHandlers.id(context)
            let form = try await FormData.read(request, context)
            do {
                try await action(reviews, id, form, try context.requireAccount(request))
                return RedirectResponse.to(
                    SiteRoute.contractReview(id).path,
                    flash: Flash(.success, success),
                    cookies: cookies
                )
            } catch DomainError.invalid(let errors) {
                return HTMLResponse.make(
                    try await page(request, context, form: TypedForm(errors: errors, typed: form.fields)),
                    status: .unprocessableContent
                )
            }
        }
    }

    func page(_ request: Request, _ context: AppRequestContext, form: TypedForm) async throws -> HTML {
        let file = try await reviews.file(
            reviewID: try AdminHandlers.id(context),
            actor: try context.requireAccount(request)
        )
        return ContractReviewPage.render(file, form: form, page: PageContext(request: request, context: context))
    }
}
