import Domain
import Foundation
import Testing

@Suite("iCalendar : lignes, échappement, pliage")
struct ICalendarTextTests {
    @Test func textIsEscapedAndLinesFoldedAt75OctetsWithoutSplittingACharacter() {
        #expect(ICalendarText.escape("a;b,c\\d\ne\u{0007}") == "a\\;b\\,c\\\\d\\ne")
        let line = "SUMMARY:" + String(repeating: "é", count: 100)
        let folded = ICalendarText.fold(line)
        let physical = folded.components(separatedBy: "\r\n")
        #expect(physical.count > 1)
        for part in physical { #expect(part.utf8.count <= 75) }
        #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(physical.map { $0.hasPrefix(" ") ? String($0.dropFirst()) : $0 }.joined() == line)
    }

    @Test func instantsAreWrittenInUTC() {
        #expect(ICalendarText.utc(Date(timeIntervalSince1970: 1_791_806_400)) == "20261012T120000Z")
    }

    @Test func theFirstOfAMonthReadsPremier() {
        #expect(EventTimeText.day(CalendarDay(iso: "2026-10-01")!) == "jeudi 1er octobre 2026")
        #expect(EventTimeText.day(CalendarDay(iso: "2026-10-12")!) == "lundi 12 octobre 2026")
        let start = LocalTime.metropolitan.instant(day: CalendarDay(iso: "2026-10-12")!, hour: 14, minute: 0)
        let end = LocalTime.metropolitan.instant(day: CalendarDay(iso: "2026-10-12")!, hour: 17, minute: 30)
        #expect(
            EventTimeText.span(from: start, to: end, zone: .metropolitan) == "lundi 12 octobre 2026, de 14 h à 17 h 30"
        )
    }

    @Test func theCalendarShowsTheEditionUnderWayElseTheNextElseTheLatest() {
        let editions = [
            (id: "2025", starts: CalendarDay(iso: "2025-10-06")!, ends: CalendarDay(iso: "2025-10-10")!),
            (id: "2026", starts: CalendarDay(iso: "2026-10-12")!, ends: CalendarDay(iso: "2026-10-16")!),
        ]
        #expect(EditionSchedule.current(editions, today: CalendarDay(iso: "2026-10-14")!) == "2026")
        #expect(EditionSchedule.current(editions, today: CalendarDay(iso: "2026-03-01")!) == "2026")
        #expect(EditionSchedule.current(editions, today: CalendarDay(iso: "2027-03-01")!) == "2026")
        #expect(EditionSchedule.current([], today: CalendarDay(iso: "2027-03-01")!) == nil)
    }
}
