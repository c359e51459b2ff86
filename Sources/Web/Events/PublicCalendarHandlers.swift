import Domain
import Foundation
import Hummingbird
import Persistence
import Services

/// The public calendar of the Semaine de l'intégration, without login: list with filters, map, event pages, feeds,
/// open data and printable programmes.
struct PublicCalendarHandlers {
    let environment: ServiceEnvironment
    let links: PublicLinks
    let cookies: CookieSettings

    var service: PublicCalendarService { PublicCalendarService(environment: environment) }

    func register(on routes: RouteRegistry) {
        routes.on(.events(.calendar)) { request, context in
            let query = QueryInput(request)
            let filter = Self.filter(query)
            let calendar = try await service.calendar(
                year: query.integer("edition", in: 2000...2200),
                filter: filter,
                page: query.page()
            )
            return HTMLResponse.make(
                CalendarPage.render(calendar, page: PageContext(request: request, context: context))
            )
        }
        routes.on(.events(.calendarMap)) { request, context in
            let year = QueryInput(request).integer("edition", in: 2000...2200)
            let (edition, counts, departements) = try await service.countsByDepartement(year: year)
            return HTMLResponse.make(
                CalendarMapPage.render(
                    edition: edition,
                    counts: counts,
                    departements: departements,
                    page: PageContext(request: request, context: context)
                )
            )
        }
        routes.on(.events(.publicEvent(SiteRoute.sample))) { request, context in
            guard let (event, edition) = try await service.event(id: try AdminHandlers.id(context)) else {
                throw WebError.notFound
            }
            return HTMLResponse.make(
                PublicEventPage.render(
                    event,
                    edition: edition,
                    now: environment.time.now(),
                    url: links.url(.publicEvent(event.id)),
                    form: TypedForm(),
                    page: PageContext(request: request, context: context)
                )
            )
        }
        routes.on(.events(.feed)) { _, _ in
            try await feed(departement: nil)
        }
        routes.on(.events(.departementFeed(SiteRoute.sample))) { _, context in
            try await feed(departement: try Self.departement(context))
        }
        routes.on(.events(.programme(SiteRoute.sample))) { request, context in
            let code = try Self.departement(context)
            guard let (edition, events) = try await service.events(year: nil, departement: code),
                let departement = try await TerritoryQueries(database: environment.database).departement(code: code)
            else { throw WebError.notFound }
            return HTMLResponse.make(
                ProgrammePage.render(
                    edition: edition,
                    departement: departement,
                    events: events,
                    page: PageContext(request: request, context: context)
                )
            )
        }
        routes.on(.events(.openDataCSV)) { request, _ in
            let year = QueryInput(request).integer("edition", in: 2000...2200)
            guard let (edition, events) = try await service.events(year: year, departement: nil) else {
                throw WebError.notFound
            }
            return CSVFile.response(
                rows: EventOpenData.rows(events, links: links),
                filename: "semaine-integration-\(edition.edition.year).csv"
            )
        }
        routes.on(.events(.openDataJSON)) { request, _ in
            let year = QueryInput(request).integer("edition", in: 2000...2200)
            guard let (edition, events) = try await service.events(year: year, departement: nil) else {
                throw WebError.notFound
            }
            return Response(
                status: .ok,
                headers: [.contentType: "application/json; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: try EventOpenData.json(edition, events, links: links)))
            )
        }
    }

    private func feed(departement: String?) async throws -> Response {
        guard let text = try await service.feed(departement: departement, eventURL: { links.url(.publicEvent($0)) })
        else { throw WebError.notFound }
        var headers: HTTPFields = [.contentType: "text/calendar; charset=utf-8"]
        // Calendar applications poll the feed: an hour of caching spares the server without delaying news much.
        headers[.cacheControl] = "public, max-age=3600"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// The calendar's filters from the query string; an unknown value reads as no filter.
    static func filter(_ query: QueryInput) -> CalendarFilter {
        let departement = query.text("departement", kind: .search).uppercased()
        return CalendarFilter(
            departement: departement.isEmpty || departement.count > 3 ? nil : departement,
            theme: EventTheme(rawValue: query.text("theme")),
            kind: EventKind(rawValue: query.text("type")),
            day: CalendarDay(iso: query.text("jour"))
        )
    }

    /// The département code of the path: two or three letters and digits.
    static func departement(_ context: AppRequestContext) throws -> String {
        let code = try AdminHandlers.id(context).uppercased()
        guard (2...3).contains(code.count), code.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isLetter) }) else {
            throw WebError.notFound
        }
        return code
    }
}
