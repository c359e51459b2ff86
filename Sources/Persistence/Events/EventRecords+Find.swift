import Domain
import Foundation
import SQLKit

extension EventRecords {
    static let detailSelect: SQLQueryString = """
        SELECT e.*, d.name AS departement_name, COALESCE(c.name, e.commune_code) AS commune_name,
            o.name AS organisation_name
        FROM events e JOIN departements d ON d.code = e.departement_code
        JOIN organisations o ON o.id = e.organisation_id LEFT JOIN communes c ON c.code = e.commune_code
        """

    /// One event with its themes, organisers and attendance.
    public static func find(id: String, in sql: any SQLDatabase) async throws -> EventRecord? {
        guard let row = try await sql.raw(detailSelect + " WHERE e.id = \(bind: id)").first() else { return nil }
        let themes = try await sql.raw("SELECT theme FROM event_themes WHERE event_id = \(bind: id)").all().compactMap {
            EventTheme(rawValue: try $0.decode(column: "theme", as: String.self))
        }
        let organisers = try await sql.raw(
            "SELECT * FROM event_organisers WHERE event_id = \(bind: id) ORDER BY position"
        ).all().compactMap { row -> EventOrganiser? in
            guard let kind = OrganiserKind(rawValue: try row.decode(column: "kind", as: String.self)) else {
                return nil
            }
            return EventOrganiser(
                name: try row.decode(column: "name", as: String.self),
                kind: kind,
                organises: try row.decode(column: "role", as: String.self) == "organisateur"
            )
        }
        var attendance: [AttendanceKind: Int] = [:]
        for row in try await sql.raw("SELECT * FROM event_attendance WHERE event_id = \(bind: id)").all() {
            if let kind = AttendanceKind(rawValue: try row.decode(column: "participant_kind", as: String.self)) {
                attendance[kind] = try row.decode(column: "count", as: Int.self)
            }
        }
        return try record(row, themes: EventTheme.allCases.filter(themes.contains), organisers: organisers, attendance)
    }

    static func record(
        _ row: any SQLRow,
        themes: [EventTheme],
        organisers: [EventOrganiser],
        _ attendance: [AttendanceKind: Int]
    ) throws -> EventRecord? {
        guard let state = EventState(rawValue: try row.decode(column: "state", as: String.self)),
            let kind = EventKind(rawValue: try row.decode(column: "kind", as: String.self)),
            let audience = EventAudience(rawValue: try row.decode(column: "audience", as: String.self)),
            let startsAt = Timestamp.parse(try row.decode(column: "starts_at", as: String.self)),
            let endsAt = Timestamp.parse(try row.decode(column: "ends_at", as: String.self)),
            let startDay = CalendarDay(iso: try row.decode(column: "start_day", as: String.self)),
            let endDay = CalendarDay(iso: try row.decode(column: "end_day", as: String.self))
        else { return nil }
        return EventRecord(
            id: try row.decode(column: "id", as: String.self),
            editionID: try row.decode(column: "edition_id", as: String?.self),
            departementCode: try row.decode(column: "departement_code", as: String.self),
            departementName: try row.decode(column: "departement_name", as: String.self),
            communeName: try row.decode(column: "commune_name", as: String.self),
            organisationID: try row.decode(column: "organisation_id", as: String.self),
            organisationName: try row.decode(column: "organisation_name", as: String.self),
            state: state,
            event: ValidEvent(
                title: try row.decode(column: "title", as: String.self),
                kind: kind,
                themes: themes,
                description: try row.decode(column: "description", as: String.self),
                startsAt: startsAt,
                endsAt: endsAt,
                startDay: startDay,
                endDay: endDay,
                address: try row.decode(column: "address", as: String.self),
                communeCode: try row.decode(column: "commune_code", as: String.self),
                qpvCode: try row.decode(column: "qpv_code", as: String?.self),
                audience: audience,
                capacity: try row.decode(column: "capacity", as: Int?.self),
                accessibility: try row.decode(column: "accessibility", as: String.self),
                organisers: organisers
            ),
            registeredCount: try row.decode(column: "registered_count", as: Int.self),
            waitingCount: try row.decode(column: "waiting_count", as: Int.self),
            reviewNote: try row.decode(column: "review_note", as: String?.self),
            registrantsErased: try row.decode(column: "registrants_purged_at", as: String?.self) != nil,
            attendance: attendance,
            copiedFrom: try row.decode(column: "copied_from", as: String?.self)
        )
    }
}
