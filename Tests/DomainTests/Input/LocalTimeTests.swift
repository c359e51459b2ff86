import Domain
import Foundation
import Testing

@Suite("Le jour est celui du département, jamais celui de l'UTC")
struct LocalTimeTests {
    /// An instant given in UTC as "YYYY-MM-DD" and a time.
    func utc(_ day: String, _ hour: Int, _ minute: Int) -> Date {
        Date(timeIntervalSince1970: Double(CalendarDay(iso: day)!.daysSinceEpoch * 86_400 + hour * 3_600 + minute * 60))
    }

    @Test func winterInParisIsUTCPlusOne() {
        // 23:30 in Paris on 15 January is 22:30 UTC: still the 15th; 00:30 on the 16th is 23:30 UTC on the 15th.
        #expect(FixedTime(utc("2026-01-15", 22, 30)).today(inDepartement: "69") == CalendarDay(iso: "2026-01-15"))
        #expect(FixedTime(utc("2026-01-15", 23, 30)).today(inDepartement: "69") == CalendarDay(iso: "2026-01-16"))
    }

    @Test func summerInParisIsUTCPlusTwo() {
        // 23:30 in Paris on 15 July is 21:30 UTC; 00:30 on the 16th is 22:30 UTC on the 15th.
        #expect(FixedTime(utc("2026-07-15", 21, 30)).today(inDepartement: "75") == CalendarDay(iso: "2026-07-15"))
        #expect(FixedTime(utc("2026-07-15", 22, 30)).today(inDepartement: "75") == CalendarDay(iso: "2026-07-16"))
        #expect(FixedTime(utc("2026-07-15", 22, 30)).today(inDepartement: "2A") == CalendarDay(iso: "2026-07-16"))
    }

    @Test func summerTimeStartsAndEndsOnTheLastSundaysAtOneUTC() {
        // 2026: 29 March and 25 October.
        #expect(LocalTime.metropolitan.secondsFromUTC(at: utc("2026-03-29", 0, 59)) == 3_600)
        #expect(LocalTime.metropolitan.secondsFromUTC(at: utc("2026-03-29", 1, 0)) == 7_200)
        #expect(LocalTime.metropolitan.secondsFromUTC(at: utc("2026-10-25", 0, 59)) == 7_200)
        #expect(LocalTime.metropolitan.secondsFromUTC(at: utc("2026-10-25", 1, 0)) == 3_600)
    }

    @Test func laReunionIsUTCPlusFourAllYear() {
        // 00:30 in Saint-Denis on 1 January is 20:30 UTC on 31 December.
        #expect(FixedTime(utc("2025-12-31", 20, 30)).today(inDepartement: "974") == CalendarDay(iso: "2026-01-01"))
        #expect(FixedTime(utc("2025-12-31", 19, 30)).today(inDepartement: "974") == CalendarDay(iso: "2025-12-31"))
    }

    @Test func guyaneIsUTCMinusThreeAllYear() {
        // 23:30 in Cayenne on 31 December is 02:30 UTC on 1 January.
        #expect(FixedTime(utc("2026-01-01", 2, 30)).today(inDepartement: "973") == CalendarDay(iso: "2025-12-31"))
        #expect(FixedTime(utc("2026-01-01", 3, 30)).today(inDepartement: "973") == CalendarDay(iso: "2026-01-01"))
    }

    @Test func aLocalTimeBecomesTheRightInstant() {
        let day = CalendarDay(iso: "2026-07-15")!
        #expect(LocalTime.metropolitan.instant(day: day, hour: 9, minute: 30) == utc("2026-07-15", 7, 30))
        #expect(
            LocalTime.metropolitan.instant(day: CalendarDay(iso: "2026-01-15")!, hour: 9, minute: 0)
                == utc("2026-01-15", 8, 0)
        )
        #expect(LocalTime.departement("974").instant(day: day, hour: 9, minute: 0) == utc("2026-07-15", 5, 0))
        #expect(LocalTime.metropolitan.clock(of: utc("2026-07-15", 7, 30)) == (9, 30))
    }

    @Test func theRuleAgreesWithTheSystemTimeZoneDatabaseWhereItExists() throws {
        guard let paris = TimeZone(identifier: "Europe/Paris") else { return }
        var instant = utc("2024-01-01", 0, 17)
        while instant < utc("2031-01-01", 0, 0) {
            #expect(
                LocalTime.metropolitan.secondsFromUTC(at: instant) == paris.secondsFromGMT(for: instant),
                "\(instant)"
            )
            instant = instant.addingTimeInterval(3 * 3_600 + 7)
        }
    }
}
