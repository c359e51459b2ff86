import Domain
import Foundation
import SQLKit

extension EventRecords {
    static let summarySelect: SQLQueryString = """
        SELECT e.id, e.title, e.kind, e.state, e.starts_at, e.ends_at, e.departement_code, e.audience, e.capacity,
            e.registered_count, d.name AS departement_name, COALESCE(c.name, e.commune_code) AS commune_name,
            o.name AS organisation_name
        FROM events e JOIN departements d ON d.code = e.departement_code
        JOIN organisations o ON o.id = e.organisation_id LEFT JOIN communes c ON c.code = e.commune_code
        """

    /// The public events of an edition (published, held or cancelled) matching `filter`, by start, one page.
    public static func calendar(
        editionID: String,
        _ filter: CalendarFilter,
        limit: Int,
        offset: Int,
        in sql: any SQLDatabase
    ) async throws -> [EventSummary] {
        try await summaries(
            summarySelect + " WHERE " + calendarCondition(editionID, filter)
                + " ORDER BY e.starts_at, e.id LIMIT \(bind: limit) OFFSET \(bind: offset)",
            in: sql
        )
    }

    /// How many public events of an edition match `filter`.
    public static func calendarCount(
        editionID: String,
        _ filter: CalendarFilter,
        in sql: any SQLDatabase
    )
        async throws -> Int
    {
        try await sql.raw("SELECT COUNT(*) AS n FROM events e WHERE " + calendarCondition(editionID, filter)).first()?
            .decode(column: "n", as: Int.self) ?? 0
    }

    /// The public events of an edition that will take place (published or held, not cancelled), by département.
    public static func countsByDepartement(editionID: String, in sql: any SQLDatabase) async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for row in try await sql.raw(
            """
            SELECT departement_code, COUNT(*) AS n FROM events
            WHERE edition_id = \(bind: editionID) AND state IN ('publie', 'realise') GROUP BY departement_code
            """
        ).all() {
            counts[try row.decode(column: "departement_code", as: String.self)] = try row.decode(
                column: "n",
                as: Int.self
            )
        }
        return counts
    }

    static func calendarCondition(_ editionID: String, _ filter: CalendarFilter) -> SQLQueryString {
        var condition: SQLQueryString =
            "e.edition_id = \(bind: editionID) AND e.state IN ('publie', 'realise', 'annule')"
        if let departement = filter.departement {
            condition = condition + " AND e.departement_code = \(bind: departement)"
        }
        if let kind = filter.kind { condition = condition + " AND e.kind = \(bind: kind.rawValue)" }
        if let day = filter.day {
            condition = condition + " AND e.start_day <= \(bind: day.iso) AND e.end_day >= \(bind: day.iso)"
        }
        if let theme = filter.theme {
            condition =
                condition
                + " AND EXISTS (SELECT 1 FROM event_themes t WHERE t.event_id = e.id AND t.theme = \(bind: theme.rawValue))"
        }
        return condition
    }

    /// The events of some départements, or of one organisation, latest start first; with `draftsOf`, drafts only of
    /// that organisation or copied from a previous edition.
    public static func backOffice(
        departements: [String]?,
        organisationID: String?,
        draftsOf draftOwner: String? = nil,
        limit: Int,
        in sql: any SQLDatabase
    ) async throws -> [EventSummary] {
        var condition: SQLQueryString = "1 = 1"
        if let departements {
            condition = condition + " AND e.departement_code IN (\(binds: departements))"
        }
        if let organisationID { condition = condition + " AND e.organisation_id = \(bind: organisationID)" }
        if let draftOwner {
            condition =
                condition
                + " AND (e.state <> 'brouillon' OR e.copied_from IS NOT NULL OR e.organisation_id = \(bind: draftOwner))"
        }
        return try await summaries(
            summarySelect + " WHERE " + condition + " ORDER BY e.starts_at DESC, e.id LIMIT \(bind: limit)",
            in: sql
        )
    }

    /// The summaries a query selects, with their themes read in one more query.
    static func summaries(_ query: SQLQueryString, in sql: any SQLDatabase) async throws -> [EventSummary] {
        let rows = try await sql.raw(query).all()
        let ids = try rows.map { try $0.decode(column: "id", as: String.self) }
        var themes: [String: Set<EventTheme>] = [:]
        if !ids.isEmpty {
            for row in try await sql.raw("SELECT event_id, theme FROM event_themes WHERE event_id IN (\(binds: ids))")
                .all()
            {
                if let theme = EventTheme(rawValue: try row.decode(column: "theme", as: String.self)) {
                    themes[try row.decode(column: "event_id", as: String.self), default: []].insert(theme)
                }
            }
        }
        return try rows.compactMap { row in
            let id = try row.decode(column: "id", as: String.self)
            guard let kind = EventKind(rawValue: try row.decode(column: "kind", as: String.self)),
                let state = EventState(rawValue: try row.decode(column: "state", as: String.self)),
                let audience = EventAudience(rawValue: try row.decode(column: "audience", as: String.self)),
                let startsAt = Timestamp.parse(try row.decode(column: "starts_at", as: String.self)),
                let endsAt = Timestamp.parse(try row.decode(column: "ends_at", as: String.self))
            else { return nil }
            let eventThemes = themes[id] ?? []
            return EventSummary(
                id: id,
                title: try row.decode(column: "title", as: String.self),
                kind: kind,
                state: state,
                startsAt: startsAt,
                endsAt: endsAt,
                departementCode: try row.decode(column: "departement_code", as: String.self),
                departementName: try row.decode(column: "departement_name", as: String.self),
                communeName: try row.decode(column: "commune_name", as: String.self),
                audience: audience,
                capacity: try row.decode(column: "capacity", as: Int?.self),
                registeredCount: try row.decode(column: "registered_count", as: Int.self),
                themes: EventTheme.allCases.filter(eventThemes.contains),
                organisationName: try row.decode(column: "organisation_name", as: String.self)
            )
        }
    }
}
