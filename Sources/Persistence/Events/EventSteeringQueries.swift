import Domain
import SQLKit

/// One line of the steering tables: events, registrations and participants of an edition for one key (a
/// département code or a theme code).
public struct EditionFigures: Sendable, Equatable {
    public var events = 0
    public var registrations = 0
    public var participants = 0

    public init(events: Int = 0, registrations: Int = 0, participants: Int = 0) {
        self.events = events
        self.registrations = registrations
        self.participants = participants
    }
}

/// Aggregates for the steering of the Semaine and the rencontres, over some départements.
public enum EventSteeringQueries {
    static let attendance: SQLQueryString = """
         LEFT JOIN (SELECT event_id, SUM(count) AS participants FROM event_attendance GROUP BY event_id) a
            ON a.event_id = e.id
        """

    /// Figures by edition and département (published and held events only).
    public static func byDepartement(
        departements: [String],
        in sql: any SQLDatabase
    ) async throws
        -> [String: [String: EditionFigures]]
    {
        let select: SQLQueryString = """
            SELECT e.edition_id, e.departement_code AS key, COUNT(*) AS events, SUM(e.registered_count) AS registrations,
                SUM(COALESCE(a.participants, 0)) AS participants FROM events e
            """
        let condition: SQLQueryString = """
             WHERE e.state IN ('publie', 'realise') AND e.edition_id IS NOT NULL
                AND e.departement_code IN (\(binds: departements + [""])) GROUP BY e.edition_id, e.departement_code
            """
        return try await figures(select + attendance + condition, in: sql)
    }

    /// Figures by edition and theme (an event with two themes counts in both).
    public static func byTheme(
        departements: [String],
        in sql: any SQLDatabase
    ) async throws
        -> [String: [String: EditionFigures]]
    {
        let select: SQLQueryString = """
            SELECT e.edition_id, t.theme AS key, COUNT(*) AS events, SUM(e.registered_count) AS registrations,
                SUM(COALESCE(a.participants, 0)) AS participants FROM events e JOIN event_themes t ON t.event_id = e.id
            """
        let condition: SQLQueryString = """
             WHERE e.state IN ('publie', 'realise') AND e.edition_id IS NOT NULL
                AND e.departement_code IN (\(binds: departements + [""])) GROUP BY e.edition_id, t.theme
            """
        return try await figures(select + attendance + condition, in: sql)
    }

    static func figures(
        _ query: SQLQueryString,
        in sql: any SQLDatabase
    ) async throws
        -> [String: [String: EditionFigures]]
    {
        var result: [String: [String: EditionFigures]] = [:]
        for row in try await sql.raw(query).all() {
            result[try row.decode(column: "edition_id", as: String.self), default: [:]][
                try row.decode(column: "key", as: String.self)
            ] = EditionFigures(
                events: try row.decode(column: "events", as: Int.self),
                registrations: try row.decode(column: "registrations", as: Int?.self) ?? 0,
                participants: try row.decode(column: "participants", as: Int?.self) ?? 0
            )
        }
        return result
    }

    /// Meetings held since `since`, and decisions by status with their due day, over the meetings of some
    /// départements and régions.
    public static func meetings(
        departements: [String],
        regions: [String],
        since: CalendarDay,
        in sql: any SQLDatabase
    ) async throws -> (held: Int, decisions: [(status: MeetingDecisionStatus, due: CalendarDay)]) {
        let scope: SQLQueryString = """
            ((m.scope = 'departement' AND m.territory_code IN (\(binds: departements + [""])))
                OR (m.scope = 'region' AND m.territory_code IN (\(binds: regions + [""]))))
            """
        let heldQuery: SQLQueryString = "SELECT COUNT(*) AS n FROM territorial_meetings m WHERE "
        let recent: SQLQueryString = " AND m.held_on >= \(bind: since.iso)"
        let held = try await sql.raw(heldQuery + scope + recent).first()?.decode(column: "n", as: Int.self) ?? 0
        let decisionQuery: SQLQueryString =
            "SELECT d.status, d.due_on FROM meeting_decisions d JOIN territorial_meetings m ON m.id = d.meeting_id WHERE "
        let decisions = try await sql.raw(decisionQuery + scope).all().compactMap {
            row -> (MeetingDecisionStatus, CalendarDay)? in
            guard let status = MeetingDecisionStatus(rawValue: try row.decode(column: "status", as: String.self)),
                let due = CalendarDay(iso: try row.decode(column: "due_on", as: String.self))
            else { return nil }
            return (status, due)
        }
        return (held, decisions)
    }
}
