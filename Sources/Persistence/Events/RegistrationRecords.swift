import Domain
import Foundation
import SQLKit

/// A stored registration: only the organiser of the event sees its name and address.
public struct RegistrationRecord: Sendable, Equatable {
    public let id: String
    public let eventID: String
    public let email: String
    public let name: String
    public let status: RegistrationStatus
    public let position: Int
}

/// SQL for public registrations. Every call that changes one runs after `EventRecords.lock` in the same transaction.
public enum RegistrationRecords {
    /// The registration of an address for an event, if any (addresses are stored normalised).
    public static func find(
        eventID: String,
        email: String,
        in sql: any SQLDatabase
    ) async throws
        -> RegistrationRecord?
    {
        try await sql.raw(
            "SELECT * FROM event_registrations WHERE event_id = \(bind: eventID) AND email = \(bind: email)"
        ).first().flatMap(record)
    }

    /// The registration behind a cancel link (found by the hash of its token).
    public static func find(tokenHash: String, in sql: any SQLDatabase) async throws -> RegistrationRecord? {
        try await sql.raw("SELECT * FROM event_registrations WHERE token_hash = \(bind: tokenHash)").first().flatMap(
            record
        )
    }

    /// Adds a registration at the end of the event's queue.
    public static func insert(
        id: String,
        eventID: String,
        email: String,
        name: String,
        status: RegistrationStatus,
        tokenHash: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        let stamp = Timestamp.format(now)
        try await sql.raw(
            """
            INSERT INTO event_registrations (id, event_id, email, name, status, position, token_hash, created_at,
                updated_at)
            VALUES (\(bind: id), \(bind: eventID), \(bind: email), \(bind: name), \(bind: status.rawValue),
                (SELECT COALESCE(MAX(position), 0) + 1 FROM event_registrations WHERE event_id = \(bind: eventID)),
                \(bind: tokenHash), \(bind: stamp), \(bind: stamp))
            """
        ).run()
    }

    /// Puts a cancelled registration back at the end of the queue with a new status, name and cancel link.
    public static func reopen(
        id: String,
        eventID: String,
        name: String,
        status: RegistrationStatus,
        tokenHash: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            UPDATE event_registrations SET name = \(bind: name), status = \(bind: status.rawValue),
                token_hash = \(bind: tokenHash), updated_at = \(bind: Timestamp.format(now)),
                position = (SELECT COALESCE(MAX(position), 0) + 1 FROM event_registrations
                    WHERE event_id = \(bind: eventID))
            WHERE id = \(bind: id)
            """
        ).run()
    }

    /// Changes a registration's status.
    public static func setStatus(
        id: String,
        _ status: RegistrationStatus,
        at now: Date,
        in sql: any SQLDatabase
    )
        async throws
    {
        try await sql.raw(
            """
            UPDATE event_registrations SET status = \(bind: status.rawValue), updated_at = \(bind: Timestamp.format(now))
            WHERE id = \(bind: id)
            """
        ).run()
    }

    /// The first person on an event's waiting list.
    public static func firstWaiting(eventID: String, in sql: any SQLDatabase) async throws -> RegistrationRecord? {
        try await sql.raw(
            """
            SELECT * FROM event_registrations WHERE event_id = \(bind: eventID) AND status = 'attente'
            ORDER BY position LIMIT 1
            """
        ).first().flatMap(record)
    }

    /// The numbers registered and waiting, counted from the rows.
    public static func counts(eventID: String, in sql: any SQLDatabase) async throws -> (registered: Int, waiting: Int)
    {
        var registered = 0
        var waiting = 0
        for row in try await sql.raw(
            "SELECT status, COUNT(*) AS n FROM event_registrations WHERE event_id = \(bind: eventID) GROUP BY status"
        ).all() {
            let count = try row.decode(column: "n", as: Int.self)
            switch try row.decode(column: "status", as: String.self) {
            case RegistrationStatus.registered.rawValue: registered = count
            case RegistrationStatus.waiting.rawValue: waiting = count
            default: break
            }
        }
        return (registered, waiting)
    }

    /// The registrations of an event in queue order (cancelled ones included).
    public static func all(eventID: String, in sql: any SQLDatabase) async throws -> [RegistrationRecord] {
        try await sql.raw(
            "SELECT * FROM event_registrations WHERE event_id = \(bind: eventID) ORDER BY position"
        ).all().compactMap(record)
    }

    /// The events ended on or before `endedBy` whose registrants are not erased yet, with their last day.
    public static func erasureCandidates(
        endedBy: CalendarDay,
        limit: Int,
        in sql: any SQLDatabase
    ) async throws
        -> [(id: String, endDay: CalendarDay)]
    {
        try await sql.raw(
            """
            SELECT id, end_day FROM events WHERE end_day <= \(bind: endedBy.iso) AND registrants_purged_at IS NULL
                AND (registered_count > 0 OR waiting_count > 0
                    OR EXISTS (SELECT 1 FROM event_registrations r WHERE r.event_id = events.id))
            ORDER BY end_day, id LIMIT \(bind: limit)
            """
        ).all().compactMap { row in
            guard let day = CalendarDay(iso: try row.decode(column: "end_day", as: String.self)) else { return nil }
            return (try row.decode(column: "id", as: String.self), day)
        }
    }

    /// Deletes an event's registrations (names, addresses, tokens), keeping the counts on the event; returns the
    /// identifiers deleted.
    public static func erase(eventID: String, at now: Date, in sql: any SQLDatabase) async throws -> [String] {
        let ids = try await sql.raw("SELECT id FROM event_registrations WHERE event_id = \(bind: eventID)").all().map {
            try $0.decode(column: "id", as: String.self)
        }
        try await sql.raw("DELETE FROM event_registrations WHERE event_id = \(bind: eventID)").run()
        try await sql.raw(
            "UPDATE events SET registrants_purged_at = \(bind: Timestamp.format(now)) WHERE id = \(bind: eventID)"
        ).run()
        return ids
    }

    static func record(_ row: any SQLRow) throws -> RegistrationRecord? {
        guard let status = RegistrationStatus(rawValue: try row.decode(column: "status", as: String.self)) else {
            return nil
        }
        return RegistrationRecord(
            id: try row.decode(column: "id", as: String.self),
            eventID: try row.decode(column: "event_id", as: String.self),
            email: try row.decode(column: "email", as: String.self),
            name: try row.decode(column: "name", as: String.self),
            status: status,
            position: try row.decode(column: "position", as: Int.self)
        )
    }
}
