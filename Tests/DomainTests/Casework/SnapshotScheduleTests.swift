import Domain
import Testing

struct SnapshotScheduleTests {
    private func schedule(_ entry: String, _ exit: String?) -> [SnapshotDue] {
        SnapshotSchedule.dueDates(entry: day(entry), exit: exit.map(day))
    }

    private func due(_ kind: SnapshotKind, _ date: String) -> SnapshotDue {
        SnapshotDue(kind: kind, date: day(date))
    }

    @Test func fullTwentyFourMonthSupportEndingOnTheMarkHasThreeSixMonthSnapshots() {
        #expect(
            schedule("2024-01-15", "2026-01-15") == [
                due(.entry, "2024-01-15"), due(.sixMonths(1), "2024-07-15"), due(.sixMonths(2), "2025-01-15"),
                due(.sixMonths(3), "2025-07-15"), due(.exit, "2026-01-15"),
            ]
        )
    }

    @Test func exitTheDayAfterTheTwentyFourMonthMarkKeepsTheFourthSnapshot() {
        #expect(
            schedule("2024-01-15", "2026-01-16") == [
                due(.entry, "2024-01-15"), due(.sixMonths(1), "2024-07-15"), due(.sixMonths(2), "2025-01-15"),
                due(.sixMonths(3), "2025-07-15"), due(.sixMonths(4), "2026-01-15"), due(.exit, "2026-01-16"),
            ]
        )
    }

    @Test func openSupportListsEntryAndFourSixMonthSnapshots() {
        #expect(
            schedule("2024-01-15", nil) == [
                due(.entry, "2024-01-15"), due(.sixMonths(1), "2024-07-15"), due(.sixMonths(2), "2025-01-15"),
                due(.sixMonths(3), "2025-07-15"), due(.sixMonths(4), "2026-01-15"),
            ]
        )
    }

    @Test(arguments: ["2024-01-15", "2024-03-01", "2024-07-14", "2024-07-15"])
    func exitOnOrBeforeTheFirstSixMonthMarkHasOnlyEntryAndExit(exit: String) {
        #expect(schedule("2024-01-15", exit) == [due(.entry, "2024-01-15"), due(.exit, exit)])
    }

    @Test func exitTheDayAfterTheFirstMarkKeepsIt() {
        #expect(
            schedule("2024-01-15", "2024-07-16") == [
                due(.entry, "2024-01-15"), due(.sixMonths(1), "2024-07-15"), due(.exit, "2024-07-16"),
            ]
        )
    }

    @Test func lateExitNeverAddsMarksBeyondTwentyFourMonths() {
        let dues = schedule("2024-01-15", "2026-09-30")
        #expect(dues.count == 6)
        #expect(dues[4] == due(.sixMonths(4), "2026-01-15"))
        #expect(dues.last == due(.exit, "2026-09-30"))
    }

    @Test func exitBeforeEntryIsInconsistentAndSchedulesNothing() {
        #expect(schedule("2024-01-15", "2024-01-14").isEmpty)
    }

    @Test func marksAreCountedFromEntryAtMonthEnds() {
        #expect(
            schedule("2023-08-31", nil).map(\.date) == [
                day("2023-08-31"), day("2024-02-29"), day("2024-08-31"), day("2025-02-28"), day("2025-08-31"),
            ]
        )
    }

    @Test(arguments: [
        ("2024-01-15", "2024-01-15"), ("2024-01-15", "2024-09-01"), ("2024-01-15", "2025-01-15"),
        ("2023-08-31", "2025-02-28"), ("2024-02-29", "2026-02-28"), ("2024-01-15", "2027-01-01"),
    ])
    func neverPastTheExitAndInOrder(entry: String, exit: String) {
        let dues = schedule(entry, exit)
        #expect(dues.first?.kind == .entry)
        #expect(dues.last?.kind == .exit)
        #expect(dues.allSatisfy { $0.date <= day(exit) })
        #expect(zip(dues, dues.dropFirst()).allSatisfy { $0.date <= $1.date })
    }

    @Test(arguments: [
        ("2023-12-31", SnapshotKind.entry, "2024-01-15"),
        ("2024-01-14", .entry, "2024-01-15"),
        ("2024-01-15", .sixMonths(1), "2024-07-15"),
        ("2024-07-14", .sixMonths(1), "2024-07-15"),
        ("2024-07-15", .sixMonths(2), "2025-01-15"),
        ("2025-07-15", .sixMonths(4), "2026-01-15"),
    ])
    func nextSnapshotStrictlyAfterADay(after: String, kind: SnapshotKind, date: String) {
        #expect(SnapshotSchedule.next(after: day(after), entry: day("2024-01-15")) == due(kind, date))
    }

    @Test(arguments: ["2026-01-15", "2026-06-01"])
    func noSnapshotLeftAfterTheTwentyFourMonthMark(after: String) {
        #expect(SnapshotSchedule.next(after: day(after), entry: day("2024-01-15")) == nil)
    }

    @Test func nextWithAKnownExit() {
        let entry = day("2024-01-15")
        let exit = day("2025-03-01")
        #expect(SnapshotSchedule.next(after: day("2025-01-15"), entry: entry, exit: exit) == due(.exit, "2025-03-01"))
        #expect(SnapshotSchedule.next(after: day("2025-03-01"), entry: entry, exit: exit) == nil)
    }

    @Test(arguments: [
        (SnapshotKind.entry, "Situation à l'entrée"), (.sixMonths(1), "Situation à 6 mois"),
        (.sixMonths(4), "Situation à 24 mois"), (.exit, "Situation à la sortie"),
    ])
    func frenchLabels(kind: SnapshotKind, label: String) {
        #expect(kind.label == label)
    }
}
