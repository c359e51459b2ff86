import Domain
import Foundation
import SQLKit

extension EventRecords {
    /// The public events of an edition (one département or all) with every detail, by start: for the iCalendar
    /// feeds, the open data and the printable programme. Themes, organisers and attendance are read in three queries.
    public static func published(
        editionID: String,
        departement: String?,
        in sql: any SQLDatabase
    ) async throws -> [EventRecord] {
        var condition: SQLQueryString =
            "e.edition_id = \(bind: editionID) AND e.state IN ('publie', 'realise', 'annule')"
        if let departement { condition = condition + " AND e.departement_code = \(bind: departement)" }
        let rows = try await sql.raw(detailSelect + " WHERE " + condition + " ORDER BY e.starts_at, e.id").all()
        var themes: [String: Set<EventTheme>] = [:]
        var organisers: [String: [EventOrganiser]] = [:]
        var attendance: [String: [AttendanceKind: Int]] = [:]
        let scope: SQLQueryString =
            "SELECT e.id FROM events e WHERE " + condition
        for row in try await sql.raw("SELECT event_id, theme FROM event_themes WHERE event_id IN (" + scope + ")").all()
        {
            if let theme = EventTheme(rawValue: try row.decode(column: "theme", as: String.self)) {
                themes[try row.decode(column: "event_id", as: String.self), default: []].insert(theme)
            }
        }
        for row in try await sql.raw(
            "SELECT * FROM event_organisers WHERE event_id IN (" + scope + ") ORDER BY event_id, position"
        ).all() {
            guard let kind = OrganiserKind(rawValue: try row.decode(column: "kind", as: String.self)) else { continue }
            organisers[try row.decode(column: "event_id", as: String.self), default: []].append(
                EventOrganiser(
                    name: try row.decode(column: "name", as: String.self),
                    kind: kind,
                    organises: try row.decode(column: "role", as: String.self) == "organisateur"
                )
            )
        }
        for row in try await sql.raw("SELECT * FROM event_attendance WHERE event_id IN (" + scope + ")").all() {
            if let kind = AttendanceKind(rawValue: try row.decode(column: "participant_kind", as: String.self)) {
                attendance[try row.decode(column: "event_id", as: String.self), default: [:]][kind] = try row.decode(
                    column: "count",
                    as: Int.self
                )
            }
        }
        return try rows.compactMap { row in
            let id = try row.decode(column: "id", as: String.self)
            let set = themes[id] ?? []
            return try record(
                row,
                themes: EventTheme.allCases.filter(set.contains),
                organisers: organisers[id] ?? [],
                attendance[id] ?? [:]
            )
        }
    }
}
