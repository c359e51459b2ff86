import SQLKit

/// Generated rows of the Events tables, written by `parcours seed` with multi-row inserts in the caller's
/// transaction (the same way as `SeedWriter` writes the casework).
public struct EventSeedRows: Sendable {
    public typealias Row = [BatchValue]

    public var editions: [Row] = []
    public var editionDays: [Row] = []
    public var events: [Row] = []
    public var themes: [Row] = []
    public var organisers: [Row] = []
    public var attendance: [Row] = []
    public var registrations: [Row] = []

    public init() {}

    /// How many rows in all.
    public var count: Int {
        [editions, editionDays, events, themes, organisers, attendance, registrations].reduce(0) { $0 + $1.count }
    }

    static var tables: [(table: String, columns: [String], rows: KeyPath<EventSeedRows, [Row]>)] {
        [
            (
                "event_editions",
                [
                    "id", "year", "title", "starts_on", "ends_on", "highlighted_stages", "account_id", "created_at",
                    "updated_at",
                ],
                \.editions
            ),
            ("event_edition_days", ["edition_id", "day", "theme"], \.editionDays),
            (
                "events",
                [
                    "id", "edition_id", "departement_code", "organisation_id", "account_id", "state", "title", "kind",
                    "description", "starts_at", "ends_at", "start_day", "end_day", "address", "commune_code",
                    "qpv_code",
                    "audience", "capacity", "accessibility", "registered_count", "waiting_count",
                    "registrants_purged_at",
                    "copied_from", "review_note", "created_at", "updated_at", "published_at",
                ],
                \.events
            ),
            ("event_themes", ["event_id", "theme"], \.themes),
            ("event_organisers", ["event_id", "position", "role", "kind", "name"], \.organisers),
            ("event_attendance", ["event_id", "participant_kind", "count"], \.attendance),
            (
                "event_registrations",
                ["id", "event_id", "email", "name", "status", "position", "token_hash", "created_at", "updated_at"],
                \.registrations
            ),
        ]
    }

    /// Inserts every row, parents before children.
    public func write(in sql: any SQLDatabase) async throws {
        for table in Self.tables {
            try await SeedWriter.insert(table.table, columns: table.columns, rows: self[keyPath: table.rows], in: sql)
        }
    }
}
