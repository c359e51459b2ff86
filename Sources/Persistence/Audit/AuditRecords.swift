import Domain
import Foundation
import SQLKit

/// An audit event as stored, with its place in the hash chain.
public struct StoredAuditEvent: Sendable, Equatable {
    public let seq: Int
    public let occurredAt: String
    public let accountID: String?
    public let accountEmail: String?
    public let organisationID: String?
    public let role: String?
    public let action: String
    public let recordType: String
    public let recordID: String
    public let personID: String?
    public let changes: String
    public let previousHash: String
    public let hash: String
    /// The id of the HTTP request that wrote it (`X-Request-Id`, the log lines' `hb.request.id`), nil outside a
    /// request; a pointer to the logs, outside the hash chain.
    public let requestID: String?

    public init(
        seq: Int,
        occurredAt: String,
        accountID: String?,
        accountEmail: String?,
        organisationID: String?,
        role: String?,
        action: String,
        recordType: String,
        recordID: String,
        personID: String?,
        changes: String,
        previousHash: String,
        hash: String,
        requestID: String? = nil
    ) {
        self.seq = seq
        self.occurredAt = occurredAt
        self.accountID = accountID
        self.accountEmail = accountEmail
        self.organisationID = organisationID
        self.role = role
        self.action = action
        self.recordType = recordType
        self.recordID = recordID
        self.personID = personID
        self.changes = changes
        self.previousHash = previousHash
        self.hash = hash
        self.requestID = requestID
    }
}

/// What the data protection officer searches the log by; empty fields do not filter.
public struct AuditFilter: Sendable, Equatable {
    public var personID: String = ""
    /// A person's name as typed by the officer (resolved to `personIDs` by the search of people).
    public var personName: String = ""
    /// The people found by name (the officer's search), with their households: the events about either; empty for
    /// no such condition.
    public var personIDs: [String] = []
    public var householdIDs: [String] = []
    /// One record's events: its type ("menage") and identifier.
    public var recordType: String = ""
    public var recordID: String = ""
    public var accountEmail: String = ""
    public var action: String = ""
    /// First day included, `YYYY-MM-DD`.
    public var from: String = ""
    /// Last day included, `YYYY-MM-DD`.
    public var to: String = ""
    /// The organisation whose accounts' events are visible; nil for every event (set from the viewer's scope,
    /// never from the form).
    public var organisationID: String?
    /// The legal time the days are read in: the viewer's (set from the viewer, never from the form).
    public var zone = LocalTime.metropolitan

    public init(
        personID: String = "",
        accountEmail: String = "",
        action: String = "",
        from: String = "",
        to: String = ""
    ) {
        self.personID = personID
        self.accountEmail = accountEmail
        self.action = action
        self.from = from
        self.to = to
    }

    func apply(to select: SQLSelectBuilder) -> SQLSelectBuilder {
        var select = select
        if !personID.isEmpty {
            // The person's own events, and the reads of several people that listed them.
            select = select.where {
                $0.where("person_id", .equal, personID).orWhere(
                    SQLColumn("seq"),
                    .in,
                    SQLSubquery.select {
                        $0.column("seq").from("audit_event_persons").where("person_id", .equal, personID)
                    }
                )
            }
        }
        if !personIDs.isEmpty {
            let people = personIDs
            let households = householdIDs
            // The people's own events, the reads of several people that listed them, and their households' events.
            select = select.where { group in
                var group = group.where("person_id", .in, people).orWhere(
                    SQLColumn("seq"),
                    .in,
                    SQLSubquery.select {
                        $0.column("seq").from("audit_event_persons").where("person_id", .in, people)
                    }
                )
                if !households.isEmpty {
                    group = group.orWhere {
                        $0.where("record_type", .equal, "menage").where("record_id", .in, households)
                    }
                }
                return group
            }
        }
        if !recordType.isEmpty, !recordID.isEmpty {
            select = select.where("record_type", .equal, recordType).where("record_id", .equal, recordID)
        }
        if !accountEmail.isEmpty { select = select.where("account_email", .equal, accountEmail.lowercased()) }
        if !action.isEmpty { select = select.where("action", .equal, action) }
        // A day runs from local midnight to the next; instants are ISO text in UTC, which sorts as time does.
        if let day = CalendarDay(iso: from) {
            select = select.where(
                "occurred_at",
                .greaterThanOrEqual,
                Timestamp.format(zone.instant(day: day, hour: 0, minute: 0))
            )
        }
        if let day = CalendarDay(iso: to) {
            let next = zone.instant(day: day.adding(days: 1), hour: 0, minute: 0)
            select = select.where("occurred_at", .lessThan, Timestamp.format(next))
        }
        if let organisationID { select = select.where("organisation_id", .equal, organisationID) }
        return select
    }
}

/// SQL for the `audit_events` table. Appending is serialised by the caller's lock so the chain has one order.
public enum AuditRecords {
    static let columns = [
        "seq", "occurred_at", "account_id", "account_email", "organisation_id", "role", "action", "record_type",
        "record_id", "person_id", "changes", "previous_hash", "hash", "request_id",
    ]

    /// Takes the database-wide lock that orders audit appends (PostgreSQL; SQLite has a single writer already).
    public static func lockChain(in sql: any SQLDatabase, kind: DatabaseKind) async throws {
        if kind == .postgres {
            try await sql.raw("SELECT pg_advisory_xact_lock(4243)").run()
        }
    }

    /// The last event's sequence number and hash, or nil for an empty log.
    public static func last(in sql: any SQLDatabase) async throws -> (seq: Int, hash: String)? {
        guard let row = try await sql.raw("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1").first()
        else { return nil }
        return (try row.decode(column: "seq", as: Int.self), try row.decode(column: "hash", as: String.self))
    }

    /// Inserts one event.
    public static func insert(_ event: StoredAuditEvent, in sql: any SQLDatabase) async throws {
        let values: [(any Encodable & Sendable)?] = [
            event.seq, event.occurredAt, event.accountID, event.accountEmail, event.organisationID, event.role,
            event.action, event.recordType, event.recordID, event.personID, event.changes, event.previousHash,
            event.hash, event.requestID,
        ]
        try await sql.insert(into: "audit_events").columns(columns)
            .values(values.map { value -> any SQLExpression in value.map { SQLBind($0) } ?? SQLLiteral.null })
            .run()
    }

    /// Indexes one event under each person it concerns, in one statement.
    public static func index(seq: Int, persons: [String], in sql: any SQLDatabase) async throws {
        guard !persons.isEmpty else { return }
        try await sql.insert(into: "audit_event_persons").columns("person_id", "seq")
            .rows(persons.map { [SQLBind($0), SQLBind(seq)] as [any SQLExpression] })
            .run()
    }

    /// Events in chain order from `afterSeq`, at most `limit`, for verification.
    public static func chain(
        after afterSeq: Int,
        limit: Int,
        in sql: any SQLDatabase
    ) async throws -> [StoredAuditEvent] {
        try await sql.select().columns(columns.map { SQLColumn($0) }).from("audit_events")
            .where("seq", .greaterThan, afterSeq).orderBy("seq").limit(limit).all().map(event)
    }

    /// Events matching a filter after `afterSeq`, oldest first, at most `limit`: a page of an export that reads the
    /// whole log in order without ever holding more than a page.
    public static func page(
        _ filter: AuditFilter,
        after afterSeq: Int,
        limit: Int,
        in sql: any SQLDatabase
    ) async throws -> [StoredAuditEvent] {
        try await filter.apply(to: sql.select().columns(columns.map { SQLColumn($0) }).from("audit_events"))
            .where("seq", .greaterThan, afterSeq).orderBy("seq").limit(limit).all().map(event)
    }

    /// Events matching a filter, newest first.
    public static func search(
        _ filter: AuditFilter,
        limit: Int,
        offset: Int,
        in sql: any SQLDatabase
    ) async throws
        -> [StoredAuditEvent]
    {
        try await filter.apply(to: sql.select().columns(columns.map { SQLColumn($0) }).from("audit_events"))
            .orderBy("seq", .descending).limit(limit).offset(offset).all().map(event)
    }

    /// How many events match a filter.
    public static func count(_ filter: AuditFilter, in sql: any SQLDatabase) async throws -> Int {
        try await filter.apply(
            to: sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("audit_events")
        ).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// The distinct actions recorded, for the search form.
    public static func actions(in sql: any SQLDatabase) async throws -> [String] {
        try await sql.raw("SELECT DISTINCT action FROM audit_events ORDER BY action").all().map {
            try $0.decode(column: "action", as: String.self)
        }
    }

    static func event(_ row: any SQLRow) throws -> StoredAuditEvent {
        StoredAuditEvent(
            seq: try row.decode(column: "seq", as: Int.self),
            occurredAt: try row.decode(column: "occurred_at", as: String.self),
            accountID: try row.decode(column: "account_id", as: String?.self),
            accountEmail: try row.decode(column: "account_email", as: String?.self),
            organisationID: try row.decode(column: "organisation_id", as: String?.self),
            role: try row.decode(column: "role", as: String?.self),
            action: try row.decode(column: "action", as: String.self),
            recordType: try row.decode(column: "record_type", as: String.self),
            recordID: try row.decode(column: "record_id", as: String.self),
            personID: try row.decode(column: "person_id", as: String?.self),
            changes: try row.decode(column: "changes", as: String.self),
            previousHash: try row.decode(column: "previous_hash", as: String.self),
            hash: try row.decode(column: "hash", as: String.self),
            requestID: try row.decode(column: "request_id", as: String?.self)
        )
    }
}
