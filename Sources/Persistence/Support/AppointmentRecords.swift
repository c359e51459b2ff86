import Domain
import Foundation
import SQLKit

/// An appointment as shown in files, on the home page and in calendar feeds.
public struct AppointmentRecord: Sendable, Equatable {
    public let id: String
    public let householdID: String
    public let householdName: String
    /// The instant it starts (stored in UTC).
    public let instant: Date
    /// When it starts in the legal time of the household's département, as shown and typed.
    public let startsAt: LocalDateTime
    public let minutes: Int
    public let place: String
    /// The household's département, whose legal time the start is written in.
    public let departement: String
    /// Planned, attended, missed or cancelled.
    public let status: AppointmentStatus
    /// Incremented by each change; a change names the revision its author saw.
    public let revision: Int
    /// Why it was cancelled, when it was.
    public let cancelReason: String?
}

/// SQL for appointments and calendar-feed secrets. `starts_at` holds the UTC instant (`Timestamp`).
public enum AppointmentRecords {
    /// Adds an appointment of a caseworker with a household.
    public static func insert(
        id: String,
        householdID: String,
        accountID: String,
        startsAt: Date,
        minutes: Int,
        place: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO appointments (id, household_id, account_id, starts_at, minutes, place, created_at)
            VALUES (\(bind: id), \(bind: householdID), \(bind: accountID), \(bind: Timestamp.format(startsAt)),
                    \(bind: minutes), \(bind: place), \(bind: Timestamp.format(now)))
            """
        ).run()
    }

    /// Appointments starting in `[from, until)`, of a household or of an account, soonest first, with one of
    /// `statuses` (by default all but the cancelled ones, which no list of appointments to come shows). No cap: the
    /// callers' windows are bounded (a day, the two years an appointment may be booked ahead).
    public static func upcoming(
        householdID: String? = nil,
        accountID: String? = nil,
        from: Date,
        until: Date,
        statuses: [AppointmentStatus] = [.planned, .attended, .missed],
        in sql: any SQLDatabase
    ) async throws -> [AppointmentRecord] {
        var query = select + " WHERE a.starts_at >= \(bind: Timestamp.format(from))"
        query = query + " AND a.starts_at < \(bind: Timestamp.format(until))"
        query = query + " AND a.status IN (\(SQLList(statuses.map { SQLBind($0.rawValue) })))"
        if let householdID { query = query + " AND a.household_id = \(bind: householdID)" }
        if let accountID { query = query + " AND a.account_id = \(bind: accountID)" }
        query = query + " ORDER BY a.starts_at"
        return try await sql.raw(query).all().compactMap(record)
    }

    /// Every appointment of a household, whatever its status, latest first: the file's history.
    public static func history(householdID: String, in sql: any SQLDatabase) async throws -> [AppointmentRecord] {
        try await sql.raw(
            select + " WHERE a.household_id = \(bind: householdID) ORDER BY a.starts_at DESC, a.id"
        ).all().compactMap(record)
    }

    /// One appointment.
    public static func find(id: String, in sql: any SQLDatabase) async throws -> AppointmentRecord? {
        try await sql.raw(select + " WHERE a.id = \(bind: id)").first().flatMap(record)
    }

    /// The household an appointment belongs to, to lock it before the appointment is read again and changed.
    public static func householdID(appointmentID: String, in sql: any SQLDatabase) async throws -> String? {
        try await sql.raw("SELECT household_id FROM appointments WHERE id = \(bind: appointmentID)").first()?
            .decode(column: "household_id", as: String.self)
    }

    /// Moves an appointment and increments its revision.
    public static func move(
        id: String,
        startsAt: Date,
        minutes: Int,
        place: String,
        by accountID: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            UPDATE appointments SET starts_at = \(bind: Timestamp.format(startsAt)), minutes = \(bind: minutes),
                place = \(bind: place), revision = revision + 1, changed_at = \(bind: Timestamp.format(now)),
                changed_by = \(bind: accountID)
            WHERE id = \(bind: id)
            """
        ).run()
    }

    /// Sets an appointment's status (with the reason of a cancellation) and increments its revision.
    public static func setStatus(
        id: String,
        _ status: AppointmentStatus,
        cancelReason: String? = nil,
        by accountID: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            UPDATE appointments SET status = \(bind: status.rawValue), cancel_reason = \(bind: cancelReason),
                revision = revision + 1, changed_at = \(bind: Timestamp.format(now)), changed_by = \(bind: accountID)
            WHERE id = \(bind: id)
            """
        ).run()
    }

    static let select: SQLQueryString = """
        SELECT a.id, a.household_id, a.starts_at, a.minutes, a.place, a.status, a.revision, a.cancel_reason,
            p.document_names, h.departement_code
        FROM appointments a
        JOIN households h ON h.id = a.household_id
        JOIN persons p ON p.household_id = a.household_id AND p.is_reference = \(bind: true)
        """

    static func record(_ row: any SQLRow) throws -> AppointmentRecord? {
        guard let instant = Timestamp.parse(try row.decode(column: "starts_at", as: String.self)) else { return nil }
        let departement = try row.decode(column: "departement_code", as: String.self)
        return AppointmentRecord(
            id: try row.decode(column: "id", as: String.self),
            householdID: try row.decode(column: "household_id", as: String.self),
            householdName: try row.decode(column: "document_names", as: String.self),
            instant: instant,
            startsAt: LocalDateTime(instant: instant, in: LocalTime.departement(departement)),
            minutes: try row.decode(column: "minutes", as: Int.self),
            place: try row.decode(column: "place", as: String.self),
            departement: departement,
            status: try StoredValue.decode(AppointmentStatus.self, column: "status", in: row),
            revision: try row.decode(column: "revision", as: Int.self),
            cancelReason: try row.decode(column: "cancel_reason", as: String?.self)
        )
    }

    /// Replaces an account's calendar-feed secret (its hash), which revokes the previous link.
    public static func setCalendarTokenHash(_ hash: String?, accountID: String, in sql: any SQLDatabase) async throws {
        try await sql.raw("UPDATE accounts SET calendar_token_hash = \(bind: hash) WHERE id = \(bind: accountID)").run()
    }

    /// The active account whose calendar feed has this secret.
    public static func accountID(calendarTokenHash hash: String, in sql: any SQLDatabase) async throws -> String? {
        try await sql.raw(
            "SELECT id FROM accounts WHERE calendar_token_hash = \(bind: hash) AND active = \(bind: true)"
        ).first()?.decode(column: "id", as: String.self)
    }
}
