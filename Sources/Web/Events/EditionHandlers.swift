import Domain
import Hummingbird
import Persistence
import SafeHTML
import Services

/// National steering's editions of the Semaine de l'intégration.
struct EditionHandlers {
    let environment: ServiceEnvironment
    let cookies: CookieSettings

    var service: EditionService { EditionService(environment: environment) }

    func register(on routes: RouteRegistry) {
        routes.on(.events(.editions)) { request, context in
            HTMLResponse.make(try await list(request, context, form: TypedForm()))
        }
        routes.on(.events(.editionCreate)) { request, context in
            let account = try context.requireAccount(request)
            let form = try await FormData.read(request, context)
            do {
                let id = try await service.create(Self.input(form), actor: account)
                return RedirectResponse.to(
                    SiteRoute.events(.edition(id)).path,
                    flash: Flash(.success, "Édition créée : donnez, si vous le souhaitez, un thème à chaque jour."),
                    cookies: cookies
                )
            } catch DomainError.invalid(let errors) {
                return HTMLResponse.make(
                    try await list(request, context, form: TypedForm(errors: errors, typed: form.fields)),
                    status: .unprocessableContent
                )
            }
        }
        routes.on(.events(.edition(SiteRoute.sample))) { request, context in
            HTMLResponse.make(try await detail(request, context, form: nil))
        }
        routes.on(.events(.editionUpdate(SiteRoute.sample))) { request, context in
            let account = try context.requireAccount(request)
            let id = try AdminHandlers.id(context)
            let form = try await FormData.read(request, context)
            do {
                try await service.update(id: id, Self.input(form), actor: account)
                return RedirectResponse.to(
                    SiteRoute.events(.edition(id)).path,
                    flash: Flash(.success, "Édition enregistrée."),
                    cookies: cookies
                )
            } catch DomainError.invalid(let errors) {
                var typed = form.fields
                typed["editionStages"] = form.all("editionStages").joined(separator: ",")
                return HTMLResponse.make(
                    try await detail(request, context, form: TypedForm(errors: errors, typed: typed)),
                    status: .unprocessableContent
                )
            }
        }
    }

    static func input(_ form: FormData) -> EditionInput {
        var input = EditionInput()
        input.title = form.raw("editionTitle")
        input.startsOn = form["editionStart"]
        input.endsOn = form["editionEnd"]
        input.highlightedStages = form.all("editionStages")
        for (name, value) in form.fields where name.hasPrefix("theme-") {
            input.dayThemes[String(name.dropFirst("theme-".count))] = value
        }
        return input
    }

    private func list(_ request: Request, _ context: AppRequestContext, form: TypedForm) async throws -> HTML {
        _ = try context.requireAccount(request)
        return EditionPages.list(
            try await service.editions(),
            form: form,
            page: PageContext(request: request, context: context)
        )
    }

    private func detail(_ request: Request, _ context: AppRequestContext, form: TypedForm?) async throws -> HTML {
        _ = try context.requireAccount(request)
        let id = try AdminHandlers.id(context)
        guard let edition = try await service.editions().first(where: { $0.id == id }) else {
            throw WebError.notFound
        }
        return EditionPages.detail(
            edition,
            form: form ?? TypedForm(typed: EditionPages.typed(edition)),
            stages: form.map { $0.value("editionStages").split(separator: ",").map(String.init) }
                ?? edition.edition.highlightedStages.map(\.rawValue),
            page: PageContext(request: request, context: context)
        )
    }
}
