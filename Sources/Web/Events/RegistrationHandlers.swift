import Domain
import Hummingbird
import Services

/// Registration to an event by anyone (name and e-mail, no account) and cancellation through the e-mailed link.
struct RegistrationHandlers {
    let environment: ServiceEnvironment
    let links: PublicLinks
    let cookies: CookieSettings

    var service: RegistrationService { RegistrationService(environment: environment) }

    func register(on routes: RouteRegistry) {
        routes.on(.events(.register(SiteRoute.sample))) { request, context in
            let id = try AdminHandlers.id(context)
            let form = try await FormData.read(request, context)
            do {
                let outcome = try await service.register(
                    eventID: id,
                    name: form["registrationName"],
                    email: form["registrationEmail"],
                    links: links.registration
                )
                return RedirectResponse.to(
                    SiteRoute.events(.publicEvent(id)).path,
                    flash: Flash(.success, Self.message(outcome)),
                    cookies: cookies
                )
            } catch DomainError.invalid(let errors) {
                guard let (event, edition) = try await PublicCalendarService(environment: environment).event(id: id)
                else { throw WebError.notFound }
                return HTMLResponse.make(
                    PublicEventPage.render(
                        event,
                        edition: edition,
                        now: environment.time.now(),
                        url: links.url(.publicEvent(id)),
                        form: TypedForm(errors: errors, typed: form.fields),
                        page: PageContext(request: request, context: context)
                    ),
                    status: .unprocessableContent
                )
            }
        }
        routes.on(.events(.registration(SiteRoute.sample))) { request, context in
            guard let (registration, event) = try await service.registration(token: try AdminHandlers.id(context))
            else { throw WebError.notFound }
            return HTMLResponse.make(
                RegistrationPage.render(
                    registration,
                    event,
                    token: try AdminHandlers.id(context),
                    page: PageContext(request: request, context: context)
                )
            )
        }
        routes.on(.events(.registrationCancel(SiteRoute.sample))) { request, context in
            let token = try AdminHandlers.id(context)
            guard try await service.cancel(token: token, links: links.registration) else { throw WebError.notFound }
            return RedirectResponse.to(
                SiteRoute.events(.registration(token)).path,
                flash: Flash(.success, "Votre inscription est annulée. Merci de nous avoir prévenus."),
                cookies: cookies
            )
        }
    }

    /// The message shown after a registration request.
    static func message(_ outcome: RegistrationService.Outcome) -> String {
        switch outcome {
        case .created(.waiting):
            "L'événement est complet : vous êtes sur la liste d'attente. Un courriel vous le confirme."
        case .created:
            "Inscription enregistrée : un courriel de confirmation vous a été envoyé, avec un lien pour annuler."
        case .alreadyRegistered(.waiting):
            "Cette adresse est déjà sur la liste d'attente de cet événement."
        case .alreadyRegistered:
            "Cette adresse est déjà inscrite à cet événement ; le courriel de confirmation contient le lien d'annulation."
        }
    }
}
