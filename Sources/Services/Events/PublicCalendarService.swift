import Domain
import Foundation
import Persistence

/// One page of the public calendar: the edition shown, the filters, the events of the page and their total.
public struct PublicCalendar: Sendable {
    public let edition: EditionRecord?
    public let editions: [EditionRecord]
    public let filter: CalendarFilter
    public let events: [EventSummary]
    public let total: Int
    public let page: Int
    public let pageSize: Int
    public let departements: [Departement]
}

/// The public side of the Semaine de l'intégration, without login: the calendar with filters, the map, each event's
/// page, the iCalendar feeds, the open data and the printable programme. Only published, held and cancelled events
/// are ever read here.
public struct PublicCalendarService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// The events a page of the calendar shows.
    public func calendar(
        year: Int?,
        filter: CalendarFilter,
        page: Int,
        pageSize: Int = 30
    ) async throws
        -> PublicCalendar
    {
        let editions = try await environment.database.read { try await EditionRecords.all(in: $0) }
        let edition = try await chosen(year: year, among: editions)
        let departements = try await TerritoryQueries(database: environment.database).departements()
        guard let edition else {
            return PublicCalendar(
                edition: nil,
                editions: editions,
                filter: filter,
                events: [],
                total: 0,
                page: 1,
                pageSize: pageSize,
                departements: departements
            )
        }
        let (events, total) = try await environment.database.read { sql in
            (
                try await EventRecords.calendar(
                    editionID: edition.id,
                    filter,
                    limit: pageSize,
                    offset: (page - 1) * pageSize,
                    in: sql
                ),
                try await EventRecords.calendarCount(editionID: edition.id, filter, in: sql)
            )
        }
        return PublicCalendar(
            edition: edition,
            editions: editions,
            filter: filter,
            events: events,
            total: total,
            page: page,
            pageSize: pageSize,
            departements: departements
        )
    }

    /// The edition of that year, or the current one when no year is asked for; nil when there is none.
    func chosen(year: Int?, among editions: [EditionRecord]) async throws -> EditionRecord? {
        if let year { return editions.first { $0.edition.year == year } }
        let spans = editions.map { (id: $0.id, starts: $0.edition.startsOn, ends: $0.edition.endsOn) }
        let id = EditionSchedule.current(spans, today: environment.time.todayInMetropolitanFrance())
        return editions.first { $0.id == id }
    }

    /// A public event (published, held or cancelled); nil otherwise, drafts and proposals included.
    public func event(id: String) async throws -> (EventRecord, EditionRecord?)? {
        try await environment.database.read { sql in
            guard let event = try await EventRecords.find(id: id, in: sql), event.state.isPublic else { return nil }
            let edition = try await event.editionID.asyncMap { try await EditionRecords.find(id: $0, in: sql) } ?? nil
            return (event, edition)
        }
    }

    /// The number of events that will take place (or took place) in each département during an edition.
    public func countsByDepartement(year: Int?) async throws -> (EditionRecord?, [String: Int], [Departement]) {
        let editions = try await environment.database.read { try await EditionRecords.all(in: $0) }
        let departements = try await TerritoryQueries(database: environment.database).departements()
        guard let edition = try await chosen(year: year, among: editions) else { return (nil, [:], departements) }
        let counts = try await environment.database.read {
            try await EventRecords.countsByDepartement(editionID: edition.id, in: $0)
        }
        return (edition, counts, departements)
    }

    /// Every public event of an edition, of one département or all, with all its details.
    public func events(year: Int?, departement: String?) async throws -> (EditionRecord, [EventRecord])? {
        let editions = try await environment.database.read { try await EditionRecords.all(in: $0) }
        guard let edition = try await chosen(year: year, among: editions) else { return nil }
        let events = try await environment.database.read {
            try await EventRecords.published(editionID: edition.id, departement: departement, in: $0)
        }
        return (edition, events)
    }

    /// The iCalendar feed of the current edition, for one département or the whole country.
    public func feed(departement: String?, eventURL: (String) -> String) async throws -> String? {
        guard let (edition, events) = try await events(year: nil, departement: departement) else { return nil }
        var name = edition.edition.title
        if let departement { name += " – " + (events.first?.departementName ?? departement) }
        return EventFeed.calendar(name: name, events: events, stamp: environment.time.now(), eventURL: eventURL)
    }
}
