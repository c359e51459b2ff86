import Domain
import Foundation
import SQLKit

/// A stored edition of the Semaine de l'intégration.
public struct EditionRecord: Sendable, Equatable {
    public let id: String
    public let edition: EditionInput.Valid

    public init(id: String, edition: EditionInput.Valid) {
        self.id = id
        self.edition = edition
    }
}

/// SQL for editions and their days.
public enum EditionRecords {
    /// Adds an edition with its days.
    public static func insert(
        id: String,
        _ edition: EditionInput.Valid,
        accountID: String?,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        let stamp = Timestamp.format(now)
        try await sql.raw(
            """
            INSERT INTO event_editions (id, year, title, starts_on, ends_on, highlighted_stages, account_id, created_at,
                updated_at)
            VALUES (\(bind: id), \(bind: edition.year), \(bind: edition.title), \(bind: edition.startsOn.iso),
                \(bind: edition.endsOn.iso), \(bind: EventTheme.stored(edition.highlightedStages)), \(bind: accountID),
                \(bind: stamp), \(bind: stamp))
            """
        ).run()
        try await insertDays(editionID: id, edition, in: sql)
    }

    /// Replaces an edition's title, dates, stages and day themes.
    public static func update(
        id: String,
        _ edition: EditionInput.Valid,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            UPDATE event_editions SET title = \(bind: edition.title), starts_on = \(bind: edition.startsOn.iso),
                ends_on = \(bind: edition.endsOn.iso),
                highlighted_stages = \(bind: EventTheme.stored(edition.highlightedStages)),
                updated_at = \(bind: Timestamp.format(now))
            WHERE id = \(bind: id)
            """
        ).run()
        try await sql.raw("DELETE FROM event_edition_days WHERE edition_id = \(bind: id)").run()
        try await insertDays(editionID: id, edition, in: sql)
    }

    private static func insertDays(
        editionID: String,
        _ edition: EditionInput.Valid,
        in sql: any SQLDatabase
    )
        async throws
    {
        try await BatchInsert.run(
            sql,
            table: "event_edition_days",
            columns: ["edition_id", "day", "theme"],
            rows: edition.days
        ) { day in [editionID, day.iso, edition.dayThemes[day]?.rawValue] }
    }

    /// Every edition, latest first.
    public static func all(in sql: any SQLDatabase) async throws -> [EditionRecord] {
        let rows = try await sql.raw("SELECT * FROM event_editions ORDER BY year DESC").all()
        let days = try await sql.raw("SELECT * FROM event_edition_days WHERE theme IS NOT NULL").all()
        var themes: [String: [CalendarDay: EventTheme]] = [:]
        for row in days {
            guard let day = CalendarDay(iso: try row.decode(column: "day", as: String.self)),
                let theme = try row.decode(column: "theme", as: String?.self).flatMap(EventTheme.init(rawValue:))
            else { continue }
            themes[try row.decode(column: "edition_id", as: String.self), default: [:]][day] = theme
        }
        return try rows.compactMap { row in
            let id = try row.decode(column: "id", as: String.self)
            guard let start = CalendarDay(iso: try row.decode(column: "starts_on", as: String.self)),
                let end = CalendarDay(iso: try row.decode(column: "ends_on", as: String.self))
            else { return nil }
            return EditionRecord(
                id: id,
                edition: EditionInput.Valid(
                    title: try row.decode(column: "title", as: String.self),
                    startsOn: start,
                    endsOn: end,
                    dayThemes: themes[id] ?? [:],
                    highlightedStages: EventTheme.list(try row.decode(column: "highlighted_stages", as: String.self))
                )
            )
        }
    }

    /// One edition.
    public static func find(id: String, in sql: any SQLDatabase) async throws -> EditionRecord? {
        try await all(in: sql).first { $0.id == id }
    }

    /// Whether an edition of that year exists (other than `except`).
    public static func yearTaken(_ year: Int, except id: String?, in sql: any SQLDatabase) async throws -> Bool {
        try await sql.raw(
            "SELECT id FROM event_editions WHERE year = \(bind: year) AND id <> \(bind: id ?? "")"
        ).first() != nil
    }
}
