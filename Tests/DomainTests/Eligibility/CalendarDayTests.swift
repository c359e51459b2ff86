import Foundation
import Testing

@testable import Domain

@Suite("CalendarDay")
struct CalendarDayTests {
    @Test(
        "Invalid dates are rejected",
        arguments: [
            (2025, 2, 29), (2024, 13, 1), (2024, 0, 1), (2024, 1, 0), (2024, 1, 32),
            (2024, 4, 31), (1900, 2, 29), (2100, 2, 29), (2024, 6, 31), (2024, -1, 10),
        ]
    )
    func invalidDates(year: Int, month: Int, day: Int) {
        #expect(CalendarDay(year: year, month: month, day: day) == nil)
    }

    @Test(
        "Real dates are accepted, leap days included",
        arguments: [
            (2024, 2, 29), (2000, 2, 29), (2025, 12, 31), (2025, 1, 1), (1600, 2, 29), (2025, 4, 30),
        ]
    )
    func validDates(year: Int, month: Int, day: Int) throws {
        let value = try #require(CalendarDay(year: year, month: month, day: day))
        #expect(value.year == year && value.month == month && value.day == day)
    }

    @Test(
        "Invalid ISO strings are rejected",
        arguments: [
            "2025-02-29", "2024-13-01", "2024-1-01", "2024-01-1", "24-01-01", "2024/01/01",
            "2024-01-01T00:00", " 2024-01-01", "", "abcd-ef-gh", "2024-+1-01", "+024-01-01", "2024-00-10",
        ]
    )
    func invalidISO(text: String) {
        #expect(CalendarDay(iso: text) == nil)
    }

    @Test(
        "ISO round trip",
        arguments: ["2024-02-29", "2025-03-10", "1900-01-01", "2200-12-31", "1970-01-01", "2023-12-31"]
    )
    func isoRoundTrip(text: String) throws {
        let value = try #require(CalendarDay(iso: text))
        #expect(value.iso == text)
        #expect(CalendarDay(iso: value.iso) == value)
    }

    @Test("Leading zeros in the ISO form")
    func isoPadding() {
        #expect(CalendarDay(year: 987, month: 3, day: 4)?.iso == "0987-03-04")
    }

    @Test(
        "French long form",
        arguments: [
            ("2024-01-01", "1er janvier 2024"), ("2024-02-29", "29 février 2024"), ("2025-08-15", "15 août 2025"),
            ("2023-12-31", "31 décembre 2023"), ("2024-03-03", "3 mars 2024"),
        ]
    )
    func french(iso: String, expected: String) {
        #expect(day(iso).french == expected)
    }

    @Test("Chronological order")
    func ordering() {
        #expect(day("2023-12-31") < day("2024-01-01"))
        #expect(day("2024-01-31") < day("2024-02-01"))
        #expect(day("2024-02-01") < day("2024-02-02"))
        #expect(!(day("2024-02-02") < day("2024-02-02")))
        #expect(day("2024-02-02") <= day("2024-02-02"))
    }

    @Test(
        "Day arithmetic across years",
        arguments: [
            ("2024-12-31", 1, "2025-01-01"), ("2025-01-01", -1, "2024-12-31"), ("2024-02-28", 1, "2024-02-29"),
            ("2025-02-28", 1, "2025-03-01"), ("2024-01-01", 366, "2025-01-01"), ("2025-01-01", 365, "2026-01-01"),
            ("2023-03-10", 731, "2025-03-10"), ("1999-12-31", 1, "2000-01-01"), ("2000-03-01", -1, "2000-02-29"),
            ("1900-03-01", -1, "1900-02-28"), ("2025-03-10", 0, "2025-03-10"), ("1970-01-01", -1, "1969-12-31"),
        ]
    )
    func addingDays(start: String, days: Int, expected: String) {
        #expect(day(start).adding(days: days) == day(expected))
        #expect(day(expected).adding(days: -days) == day(start))
        #expect(day(start).days(to: day(expected)) == days)
    }

    @Test(
        "Month arithmetic clamps to the end of the month",
        arguments: [
            ("2025-01-31", 1, "2025-02-28"), ("2024-01-31", 1, "2024-02-29"), ("2024-02-29", 24, "2026-02-28"),
            ("2024-02-29", 48, "2028-02-29"), ("2025-03-31", 1, "2025-04-30"), ("2025-12-15", 1, "2026-01-15"),
            ("2025-01-15", -1, "2024-12-15"), ("2025-03-31", -1, "2025-02-28"), ("2025-03-10", 24, "2027-03-10"),
            ("2025-05-31", -13, "2024-04-30"), ("2025-03-10", 0, "2025-03-10"), ("2025-01-01", -25, "2022-12-01"),
        ]
    )
    func addingMonths(start: String, months: Int, expected: String) {
        #expect(day(start).adding(months: months) == day(expected))
    }

    @Test("Epoch day count")
    func epoch() {
        #expect(day("1970-01-01").daysSinceEpoch == 0)
        #expect(day("2000-03-01").daysSinceEpoch == 11_017)
        #expect(CalendarDay(daysSinceEpoch: -719_162) == CalendarDay(year: 1, month: 1, day: 1))
    }

    @Test("Every day from year -800 to 2800 follows the previous one")
    func continuity() {
        var previous = CalendarDay(year: -800, month: 1, day: 1)!
        let start = previous.daysSinceEpoch
        for offset in 1...(3_600 * 366) {
            let next = CalendarDay(daysSinceEpoch: start + offset)
            if next.daysSinceEpoch != start + offset {
                Issue.record("round trip failed at \(next)")
                return
            }
            let expected =
                previous.day < CalendarDay.daysIn(month: previous.month, year: previous.year)
                ? CalendarDay(year: previous.year, month: previous.month, day: previous.day + 1)
                : previous.month < 12
                    ? CalendarDay(year: previous.year, month: previous.month + 1, day: 1)
                    : CalendarDay(year: previous.year + 1, month: 1, day: 1)
            if next != expected {
                Issue.record("\(previous) → \(next), expected \(String(describing: expected))")
                return
            }
            previous = next
        }
    }

    @Test("Agrees with Foundation's Gregorian calendar in UTC from 1700 to 2300")
    func matchesFoundation() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        let first = try #require(CalendarDay(year: 1700, month: 1, day: 1)).daysSinceEpoch
        let last = try #require(CalendarDay(year: 2300, month: 12, day: 31)).daysSinceEpoch
        for count in stride(from: first, through: last, by: 1) {
            let date = Date(timeIntervalSince1970: Double(count) * 86_400)
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            let ours = CalendarDay(daysSinceEpoch: count)
            if parts.year != ours.year || parts.month != ours.month || parts.day != ours.day {
                Issue.record("day \(count): Foundation \(parts), ours \(ours)")
                return
            }
        }
    }

    @Test("Codable as an ISO string, invalid dates refused")
    func codable() throws {
        let data = try JSONEncoder().encode([day("2024-02-29")])
        #expect(String(decoding: data, as: UTF8.self) == #"["2024-02-29"]"#)
        #expect(try JSONDecoder().decode([CalendarDay].self, from: data) == [day("2024-02-29")])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CalendarDay].self, from: Data(#"["2025-02-29"]"#.utf8))
        }
    }

    @Test(
        "Leap years",
        arguments: [(2024, true), (2025, false), (2000, true), (1900, false), (2100, false), (2400, true)]
    )
    func leap(year: Int, expected: Bool) {
        #expect(CalendarDay.isLeap(year) == expected)
    }
}
