import Domain
import Services

/// Registers every route of the Events domain.
struct EventsHandlers {
    let environment: ServiceEnvironment
    let config: AppConfig
    let cookies: CookieSettings

    func register(on routes: RouteRegistry) {
        let links = PublicLinks(baseURL: config.publicBaseURL)
        PublicCalendarHandlers(environment: environment, links: links, cookies: cookies).register(on: routes)
        RegistrationHandlers(environment: environment, links: links, cookies: cookies).register(on: routes)
        EventBackOfficeHandlers(environment: environment, cookies: cookies).register(on: routes)
        EditionHandlers(environment: environment, cookies: cookies).register(on: routes)
        MeetingHandlers(environment: environment, cookies: cookies).register(on: routes)
        StoryHandlers(environment: environment, cookies: cookies).register(on: routes)
        EventSteeringHandlers(environment: environment).register(on: routes)
    }
}

/// Absolute addresses of public pages, for e-mails and feeds (from the configured public URL, never from the
/// request's Host header, which a client chooses).
struct PublicLinks: Sendable {
    let baseURL: String

    func url(_ route: EventsRoute) -> String { baseURL + SiteRoute.events(route).path }

    /// The links of registration e-mails.
    var registration: RegistrationService.Links {
        let base = baseURL
        return RegistrationService.Links(
            event: { base + SiteRoute.events(.publicEvent($0)).path },
            cancel: { base + SiteRoute.events(.registration($0)).path }
        )
    }
}
