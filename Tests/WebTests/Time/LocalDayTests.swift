import Domain
import Foundation
import Persistence
import SampleData
import Services
import TestSupport
import Testing

/// "Today" is the local day of the household's département, never UTC's: a welcome interview dated today is accepted
/// just after local midnight and refused as future just before it, in winter and summer in Paris, in La Réunion
/// (UTC+4) and in Guyane (UTC−3), through the real app.
@Suite("Jour local du département")
struct LocalDayTests {
    struct Moment: Sendable, CustomTestStringConvertible {
        let departement: String
        /// The instant, in UTC.
        let utc: String
        /// The local day at that instant.
        let localDay: String
        let testDescription: String
    }

    static let moments: [Moment] = [
        .init(
            departement: "69",
            utc: "2026-01-14T23:30:00Z",
            localDay: "2026-01-15",
            testDescription: "Paris, hiver, 0 h 30"
        ),
        .init(
            departement: "69",
            utc: "2026-01-15T22:30:00Z",
            localDay: "2026-01-15",
            testDescription: "Paris, hiver, 23 h 30"
        ),
        .init(
            departement: "69",
            utc: "2026-07-14T22:30:00Z",
            localDay: "2026-07-15",
            testDescription: "Paris, été, 0 h 30"
        ),
        .init(
            departement: "69",
            utc: "2026-07-15T21:30:00Z",
            localDay: "2026-07-15",
            testDescription: "Paris, été, 23 h 30"
        ),
        .init(
            departement: "974",
            utc: "2026-07-14T20:30:00Z",
            localDay: "2026-07-15",
            testDescription: "La Réunion, 0 h 30"
        ),
        .init(
            departement: "974",
            utc: "2026-07-15T19:30:00Z",
            localDay: "2026-07-15",
            testDescription: "La Réunion, 23 h 30"
        ),
        .init(
            departement: "973",
            utc: "2026-07-15T03:30:00Z",
            localDay: "2026-07-15",
            testDescription: "Guyane, 0 h 30"
        ),
        .init(
            departement: "973",
            utc: "2026-07-16T02:30:00Z",
            localDay: "2026-07-15",
            testDescription: "Guyane, 23 h 30"
        ),
    ]

    @Test(arguments: moments)
    func aWelcomeDatedTodayIsTheDepartementsToday(_ moment: Moment) async throws {
        try await TestApp.run { browser, app in
            app.time.set(try #require(Timestamp.parse(moment.utc)))
            let fixture = try await CaseworkFixture.on(app)
            let team = moment.departement == "69" ? fixture.demoTeam : try await fixture.team(in: moment.departement)
            let household = try await fixture.household(welcomedDaysAgo: nil, team: team).householdID
            let password = moment.departement == "69" ? DemoDepartement.password : CaseworkFixture.password
            try await browser.login(email: team.caseworkerEmail, password: password)
            let today = try #require(CalendarDay(iso: moment.localDay))
            let path = "/menages/\(household)"
            let tomorrow = try await browser.post(path + "/accueil", form: [("welcomeDate", today.adding(days: 1).iso)])
            #expect(tomorrow.status == .unprocessableContent)
            #expect(tomorrow.text.contains("Cette date ne peut pas être dans le futur."))
            let accepted = try await browser.post(path + "/accueil", form: [("welcomeDate", today.iso)])
            #expect(accepted.location == path)
        }
    }

    @Test func anAppointmentIsTypedAndShownInLocalTimeAndStoredInUTC() async throws {
        try await TestApp.run { browser, app in
            let fixture = try await CaseworkFixture.on(app)
            let team = try await fixture.team(in: "974")
            let household = try await fixture.household(team: team).householdID
            try await browser.login(email: team.caseworkerEmail, password: CaseworkFixture.password)
            let path = "/menages/\(household)"
            let booked = try await browser.post(
                path + "/rendez-vous",
                form: [
                    ("appointmentDay", "2026-12-01"), ("appointmentTime", "14:30"), ("appointmentMinutes", "45"),
                    ("appointmentPlace", "Agence de Saint-Denis"),
                ]
            )
            #expect(booked.location == path)
            let stored = try await app.database.read { sql in
                try await sql.raw("SELECT starts_at FROM appointments").first()?.decode(
                    column: "starts_at",
                    as: String.self
                )
            }
            // 14:30 in La Réunion (UTC+4) is 10:30 UTC.
            #expect(stored == "2026-12-01T10:30:00Z")
            let file = try await browser.get(path)
            #expect(file.text.contains("1er décembre 2026 à 14 h 30"))
            let far = try await browser.post(
                path + "/rendez-vous",
                form: [
                    ("appointmentDay", "9999-12-01"), ("appointmentTime", "14:30"), ("appointmentMinutes", "45"),
                    ("appointmentPlace", "Agence"),
                ]
            )
            #expect(far.status == .unprocessableContent)
        }
    }
}
