import Domain
import Foundation
import SQLKit

/// SQL for events, their themes, organisers and attendance.
public enum EventRecords {
    /// Adds an event in `state`.
    public static func insert(
        id: String,
        editionID: String?,
        departement: String,
        organisationID: String,
        accountID: String?,
        state: EventState,
        _ event: ValidEvent,
        copiedFrom: String? = nil,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        let stamp = Timestamp.format(now)
        try await sql.raw(
            """
            INSERT INTO events (id, edition_id, departement_code, organisation_id, account_id, state, title, kind,
                description, starts_at, ends_at, start_day, end_day, address, commune_code, qpv_code, audience, capacity,
                accessibility, registered_count, waiting_count, registrants_purged_at, copied_from, review_note,
                created_at, updated_at, published_at)
            VALUES (\(bind: id), \(bind: editionID), \(bind: departement), \(bind: organisationID), \(bind: accountID),
                \(bind: state.rawValue), \(bind: event.title), \(bind: event.kind.rawValue), \(bind: event.description),
                \(bind: Timestamp.format(event.startsAt)), \(bind: Timestamp.format(event.endsAt)),
                \(bind: event.startDay.iso), \(bind: event.endDay.iso), \(bind: event.address),
                \(bind: event.communeCode), \(bind: event.qpvCode), \(bind: event.audience.rawValue),
                \(bind: event.capacity), \(bind: event.accessibility), 0, 0, NULL, \(bind: copiedFrom), NULL,
                \(bind: stamp), \(bind: stamp), \(bind: state == .published ? stamp : nil))
            """
        ).run()
        try await replaceDetails(id: id, event, in: sql)
    }

    /// Replaces an event's fields (its state and counts stay).
    public static func update(id: String, _ event: ValidEvent, at now: Date, in sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            UPDATE events SET title = \(bind: event.title), kind = \(bind: event.kind.rawValue),
                description = \(bind: event.description), starts_at = \(bind: Timestamp.format(event.startsAt)),
                ends_at = \(bind: Timestamp.format(event.endsAt)), start_day = \(bind: event.startDay.iso),
                end_day = \(bind: event.endDay.iso), address = \(bind: event.address),
                commune_code = \(bind: event.communeCode), qpv_code = \(bind: event.qpvCode),
                audience = \(bind: event.audience.rawValue), capacity = \(bind: event.capacity),
                accessibility = \(bind: event.accessibility), updated_at = \(bind: Timestamp.format(now))
            WHERE id = \(bind: id)
            """
        ).run()
        try await sql.raw("DELETE FROM event_themes WHERE event_id = \(bind: id)").run()
        try await sql.raw("DELETE FROM event_organisers WHERE event_id = \(bind: id)").run()
        try await replaceDetails(id: id, event, in: sql)
    }

    private static func replaceDetails(id: String, _ event: ValidEvent, in sql: any SQLDatabase) async throws {
        try await BatchInsert.run(sql, table: "event_themes", columns: ["event_id", "theme"], rows: event.themes) {
            [id, $0.rawValue]
        }
        try await BatchInsert.run(
            sql,
            table: "event_organisers",
            columns: ["event_id", "position", "role", "kind", "name"],
            rows: Array(event.organisers.enumerated())
        ) { index, organiser in
            [id, index, organiser.organises ? "organisateur" : "partenaire", organiser.kind.rawValue, organiser.name]
        }
    }

    /// Changes an event's state (and the review note shown to its author).
    public static func setState(
        id: String,
        _ state: EventState,
        reviewNote: String?,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        let stamp = Timestamp.format(now)
        try await sql.raw(
            """
            UPDATE events SET state = \(bind: state.rawValue), review_note = \(bind: reviewNote),
                updated_at = \(bind: stamp),
                published_at = CASE WHEN \(bind: state.rawValue) = 'publie' THEN \(bind: stamp) ELSE published_at END
            WHERE id = \(bind: id)
            """
        ).run()
    }

    /// Replaces the attendance of an event and marks it held.
    public static func setAttendance(
        id: String,
        _ counts: [AttendanceKind: Int],
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw("DELETE FROM event_attendance WHERE event_id = \(bind: id)").run()
        try await BatchInsert.run(
            sql,
            table: "event_attendance",
            columns: ["event_id", "participant_kind", "count"],
            rows: AttendanceKind.allCases.filter { counts[$0] != nil }
        ) { [id, $0.rawValue, counts[$0] ?? 0] }
        try await setState(id: id, .held, reviewNote: nil, at: now, in: sql)
    }

    /// Locks the event row until the end of the transaction (PostgreSQL; SQLite's writer already runs alone), so
    /// that the decision read next (seats left, state) cannot change before the write.
    public static func lock(id: String, in sql: any SQLDatabase) async throws {
        guard sql.locksRows else { return }
        _ = try await sql.raw("SELECT id FROM events WHERE id = \(bind: id)" + sql.lockingRows()).all()
    }

    /// Sets the registration counts kept on the event row (they survive the registrants' erasure).
    public static func setCounts(id: String, registered: Int, waiting: Int, in sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            UPDATE events SET registered_count = \(bind: registered), waiting_count = \(bind: waiting)
            WHERE id = \(bind: id)
            """
        ).run()
    }
}

extension EventRecords {
    /// The events of an edition that were copied from another, by the original's identifier.
    public static func copiedFrom(editionID: String, in sql: any SQLDatabase) async throws -> [String] {
        try await sql.raw(
            "SELECT copied_from FROM events WHERE edition_id = \(bind: editionID) AND copied_from IS NOT NULL"
        ).all().map { try $0.decode(column: "copied_from", as: String.self) }
    }
}
