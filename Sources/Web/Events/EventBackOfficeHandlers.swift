import Domain
import Hummingbird
import Persistence
import SafeHTML
import Services

/// The events of a prefecture or a partner: list, declare, change, propose, label and publish, cancel, record the
/// attendance, copy last year's events.
struct EventBackOfficeHandlers {
    let environment: ServiceEnvironment
    let cookies: CookieSettings

    var service: EventService { EventService(environment: environment) }

    func register(on routes: RouteRegistry) {
        routes.on(.events(.events)) { request, context in
            let account = try context.requireAccount(request)
            let events = try await service.events(actor: account)
            let editions = try await EditionService(environment: environment).editions()
            return HTMLResponse.make(
                EventListPage.render(events, editions: editions, page: PageContext(request: request, context: context))
            )
        }
        routes.on(.events(.eventNew)) { request, context in
            HTMLResponse.make(try await newPage(request, context, form: TypedForm(), themes: []))
        }
        routes.on(.events(.eventCreate)) { request, context in
            let account = try context.requireAccount(request)
            let form = try await FormData.read(request, context)
            do {
                let id = try await service.create(EventForm.input(form), actor: account)
                return RedirectResponse.to(
                    SiteRoute.events(.event(id)).path,
                    flash: Flash(.success, "Événement enregistré en brouillon."),
                    cookies: cookies
                )
            } catch DomainError.invalid(let errors) {
                return HTMLResponse.make(
                    try await newPage(
                        request,
                        context,
                        form: TypedForm(errors: errors, typed: form.fields),
                        themes: form.all("eventThemes")
                    ),
                    status: .unprocessableContent
                )
            }
        }
        routes.on(.events(.event(SiteRoute.sample))) { request, context in
            HTMLResponse.make(try await detail(request, context, form: nil))
        }
        routes.on(.events(.eventUpdate(SiteRoute.sample))) { request, context in
            let account = try context.requireAccount(request)
            let id = try AdminHandlers.id(context)
            let form = try await FormData.read(request, context)
            do {
                try await service.update(id: id, EventForm.input(form), actor: account)
                return RedirectResponse.to(
                    SiteRoute.events(.event(id)).path,
                    flash: Flash(.success, "Événement modifié."),
                    cookies: cookies
                )
            } catch DomainError.invalid(let errors) {
                return HTMLResponse.make(
                    try await detail(
                        request,
                        context,
                        form: (TypedForm(errors: errors, typed: form.fields), form.all("eventThemes"))
                    ),
                    status: .unprocessableContent
                )
            }
        }
        routes.on(.events(.eventAction(SiteRoute.sample))) { request, context in
            let account = try context.requireAccount(request)
            let id = try AdminHandlers.id(context)
            let form = try await FormData.read(request, context)
            guard let action = EventAction(rawValue: form["action"]) else {
                throw WebError.badRequest("Action inconnue.")
            }
            do {
                try await service.apply(action, eventID: id, note: form.raw("reviewNote"), actor: account)
            } catch DomainError.invalid(let errors) {
                return HTMLResponse.make(
                    try await detail(request, context, form: (TypedForm(errors: errors, typed: form.fields), nil)),
                    status: .unprocessableContent
                )
            }
            return RedirectResponse.to(
                SiteRoute.events(.event(id)).path,
                flash: Flash(.success, EventDetailPage.done(action)),
                cookies: cookies
            )
        }
        routes.on(.events(.eventAttendance(SiteRoute.sample))) { request, context in
            let account = try context.requireAccount(request)
            let id = try AdminHandlers.id(context)
            let form = try await FormData.read(request, context)
            let counts = Dictionary(
                uniqueKeysWithValues: AttendanceKind.allCases.map { ($0.rawValue, form["attendance-\($0.rawValue)"]) }
            )
            do {
                try await service.recordAttendance(eventID: id, counts: counts, actor: account)
            } catch DomainError.invalid(let errors) {
                return HTMLResponse.make(
                    try await detail(request, context, form: (TypedForm(errors: errors, typed: form.fields), nil)),
                    status: .unprocessableContent
                )
            }
            return RedirectResponse.to(
                SiteRoute.events(.event(id)).path,
                flash: Flash(.success, "Bilan enregistré : l'événement est réalisé."),
                cookies: cookies
            )
        }
        routes.on(.events(.eventsCopy(SiteRoute.sample))) { request, context in
            let account = try context.requireAccount(request)
            let copied = try await service.copyPreviousEdition(into: try AdminHandlers.id(context), actor: account)
            let message =
                switch copied {
                case 0: "Aucun événement à copier : ils l'ont déjà été, ou l'édition précédente n'en avait pas."
                case 1: "1 événement de l'édition précédente copié en brouillon."
                default: "\(copied) événements de l'édition précédente copiés en brouillon."
                }
            return RedirectResponse.to(
                SiteRoute.events(.events).path,
                flash: Flash(.success, message),
                cookies: cookies
            )
        }
    }

    private func newPage(
        _ request: Request,
        _ context: AppRequestContext,
        form: TypedForm,
        themes: [String]
    )
        async throws -> HTML
    {
        let account = try context.requireAccount(request)
        guard EventOrganisers().admits(account.role) else { throw DomainError.forbidden }
        let editions = try await EditionService(environment: environment).editions()
        return EventFormPage.render(
            editions: editions,
            form: form,
            themes: themes,
            page: PageContext(request: request, context: context)
        )
    }

    /// The detail page; `form` carries what was typed into one of its forms when it was refused.
    private func detail(
        _ request: Request,
        _ context: AppRequestContext,
        form: (TypedForm, [String]?)?
    ) async throws -> HTML {
        let account = try context.requireAccount(request)
        let (event, registrations) = try await service.event(id: try AdminHandlers.id(context), actor: account)
        let editions = try await EditionService(environment: environment).editions()
        var typed = EventForm.typed(event)
        typed.merge(form?.0.typed ?? [:]) { $1 }
        return EventDetailPage.render(
            event,
            registrations: registrations,
            edition: editions.first { $0.id == event.editionID },
            actor: account,
            now: environment.time.now(),
            form: TypedForm(errors: form?.0.errors ?? FieldErrors(), typed: typed),
            themes: form?.1 ?? event.event.themes.map(\.rawValue),
            page: PageContext(request: request, context: context)
        )
    }
}
