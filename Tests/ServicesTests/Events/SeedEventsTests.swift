import Domain
import Persistence
import SQLKit
import SampleData
import Services
import TestSupport
import Testing

@Suite("Génération de données : la Semaine de l'intégration")
struct SeedEventsTests {
    static func count(_ query: SQLQueryString, _ environment: ServiceEnvironment) async throws -> Int {
        try await environment.database.read { sql in
            try await sql.raw(query).first()?.decode(column: "n", as: Int.self) ?? -1
        }
    }

    @Test func threeEditionsWithEventsAtTheStatesTheirDatesImply() async throws {
        try await TestEnvironment.withEmpty { environment, _ in
            try await SeedService(environment: environment).run(scale: .tiny, seed: 7)
            #expect(try await Self.count("SELECT COUNT(*) AS n FROM event_editions", environment) == 3)
            #expect(try await Self.count("SELECT COUNT(*) AS n FROM events", environment) == 24)
            // The clock is at 27 November 2026: every edition is over, so no event is still a draft or proposed.
            #expect(
                try await Self.count(
                    "SELECT COUNT(*) AS n FROM events WHERE state IN ('brouillon', 'propose')",
                    environment
                )
                    == 0
            )
            #expect(try await Self.count("SELECT COUNT(*) AS n FROM events WHERE state = 'realise'", environment) > 0)
            // Held events have their attendance; others none.
            #expect(
                try await Self.count(
                    """
                    SELECT COUNT(*) AS n FROM event_attendance a JOIN events e ON e.id = a.event_id
                    WHERE e.state <> 'realise'
                    """,
                    environment
                ) == 0
            )
            // Registrants of events over for three months are erased, their counts kept.
            #expect(
                try await Self.count(
                    """
                    SELECT COUNT(*) AS n FROM event_registrations r JOIN events e ON e.id = r.event_id
                    WHERE e.end_day < '2026-08-27'
                    """,
                    environment
                ) == 0
            )
            #expect(
                try await Self.count(
                    "SELECT COUNT(*) AS n FROM events WHERE edition_id = 'seed-edition-2026' AND registered_count > 0",
                    environment
                ) > 0
            )
            let calendar = try await PublicCalendarService(environment: environment).calendar(
                year: nil,
                filter: CalendarFilter(),
                page: 1
            )
            #expect(calendar.edition?.edition.year == 2026)
            #expect(calendar.total > 0)
        }
    }
}
