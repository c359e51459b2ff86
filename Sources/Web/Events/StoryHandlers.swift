import Domain
import Hummingbird
import Persistence
import SafeHTML
import Services

/// Success stories: the authors' and reviewers' pages, and the public gallery.
struct StoryHandlers {
    let environment: ServiceEnvironment
    let cookies: CookieSettings

    var service: StoryService { StoryService(environment: environment) }

    func register(on routes: RouteRegistry) {
        routes.on(.events(.gallery)) { request, context in
            HTMLResponse.make(
                StoryPages.gallery(try await service.gallery(), page: PageContext(request: request, context: context))
            )
        }
        routes.on(.events(.publicStory(SiteRoute.sample))) { request, context in
            guard let story = try await service.publishedStory(id: try AdminHandlers.id(context)) else {
                throw WebError.notFound
            }
            return HTMLResponse.make(
                StoryPages.publicStory(story, page: PageContext(request: request, context: context))
            )
        }
        routes.on(.events(.stories)) { request, context in
            let account = try context.requireAccount(request)
            return HTMLResponse.make(
                StoryPages.list(
                    try await service.stories(actor: account),
                    page: PageContext(request: request, context: context)
                )
            )
        }
        routes.on(.events(.storyNew)) { request, context in
            _ = try context.requireAccount(request)
            return HTMLResponse.make(
                StoryPages.new(form: TypedForm(), page: PageContext(request: request, context: context))
            )
        }
        routes.on(.events(.storyCreate)) { request, context in
            let account = try context.requireAccount(request)
            let form = try await FormData.read(request, context)
            do {
                let id = try await service.create(Self.input(form), actor: account)
                return RedirectResponse.to(
                    SiteRoute.events(.story(id)).path,
                    flash: Flash(.success, "Consentement et récit enregistrés en brouillon."),
                    cookies: cookies
                )
            } catch DomainError.invalid(let errors) {
                return HTMLResponse.make(
                    StoryPages.new(
                        form: TypedForm(errors: errors, typed: form.fields),
                        page: PageContext(request: request, context: context)
                    ),
                    status: .unprocessableContent
                )
            }
        }
        routes.on(.events(.story(SiteRoute.sample))) { request, context in
            HTMLResponse.make(try await detail(request, context, form: nil))
        }
        routes.on(.events(.storyUpdate(SiteRoute.sample))) { request, context in
            let account = try context.requireAccount(request)
            let id = try AdminHandlers.id(context)
            let form = try await FormData.read(request, context)
            do {
                try await service.update(id: id, Self.input(form), actor: account)
            } catch DomainError.invalid(let errors) {
                return HTMLResponse.make(
                    try await detail(request, context, form: TypedForm(errors: errors, typed: form.fields)),
                    status: .unprocessableContent
                )
            }
            return RedirectResponse.to(
                SiteRoute.events(.story(id)).path,
                flash: Flash(.success, "Récit modifié."),
                cookies: cookies
            )
        }
        routes.on(.events(.storyAction(SiteRoute.sample))) { request, context in
            let account = try context.requireAccount(request)
            let id = try AdminHandlers.id(context)
            let form = try await FormData.read(request, context)
            guard let action = StoryAction(rawValue: form["action"]) else {
                throw WebError.badRequest("Action inconnue.")
            }
            try await service.apply(action, storyID: id, note: form.raw("storyReviewNote"), actor: account)
            return RedirectResponse.to(
                SiteRoute.events(.story(id)).path,
                flash: Flash(.success, StoryPages.done(action)),
                cookies: cookies
            )
        }
        routes.on(.events(.storyWithdraw(SiteRoute.sample))) { request, context in
            let account = try context.requireAccount(request)
            let id = try AdminHandlers.id(context)
            try await service.withdrawConsent(storyID: id, actor: account)
            return RedirectResponse.to(
                SiteRoute.events(.story(id)).path,
                flash: Flash(.success, "Consentement retiré : le récit n'est plus publié et son texte est effacé."),
                cookies: cookies
            )
        }
    }

    static func input(_ form: FormData) -> StoryInput {
        var input = StoryInput()
        input.consentOn = form["consentOn"]
        input.consentScope = form["consentScope"]
        input.consentPhoto = form["consentPhoto"] == "oui"
        input.consentConfirmed = form["consentConfirmed"] == "oui"
        input.personName = form.raw("personName")
        input.shownName = form.raw("shownName")
        input.realFirstName = form["realFirstName"] == "oui"
        input.title = form.raw("storyTitle")
        input.body = form.raw("storyBody")
        input.theme = form["storyTheme"]
        return input
    }

    private func detail(_ request: Request, _ context: AppRequestContext, form: TypedForm?) async throws -> HTML {
        let account = try context.requireAccount(request)
        let story = try await service.story(id: try AdminHandlers.id(context), actor: account)
        return StoryPages.detail(
            story,
            actor: account,
            form: form ?? TypedForm(typed: StoryPages.typed(story)),
            page: PageContext(request: request, context: context)
        )
    }
}
