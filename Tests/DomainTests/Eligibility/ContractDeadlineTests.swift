import Testing

@testable import Domain

/// The one rule that says whether a commitment contract is late.
@Suite struct ContractDeadlineTests {
    let cir = CalendarDay(year: 2025, month: 3, day: 4)!
    let today = CalendarDay(year: 2026, month: 11, day: 27)!

    @Test func aSignedContractIsNeverLate() {
        let signed = CalendarDay(year: 2025, month: 12, day: 23)!
        let deadline = ContractDeadline.of(cirSignature: cir, signed: signed, inSupport: true, today: today)
        #expect(deadline == .signed(signed, onTime: false))
        #expect(!deadline.isLate)
        #expect(!deadline.needsReminder)
    }

    @Test func anExitedOrPendingHouseholdIsNeverLate() {
        let deadline = ContractDeadline.of(cirSignature: cir, signed: nil, inSupport: false, today: today)
        #expect(deadline == .notRunning)
        #expect(!deadline.isLate)
    }

    @Test func anUnsignedContractInSupportIsLateFromTheDayAfterItsDueDate() {
        let due = CalendarDay(year: 2025, month: 4, day: 4)!
        #expect(!ContractDeadline.of(cirSignature: cir, signed: nil, inSupport: true, today: due).isLate)
        let after = ContractDeadline.of(cirSignature: cir, signed: nil, inSupport: true, today: due.adding(days: 1))
        #expect(after == .running(due: due, status: .overdue(1)))
        #expect(after.isLate)
        #expect(SupportDeadlines.lateDueDates(today: due.adding(days: 1)).contains(due))
        #expect(!SupportDeadlines.lateDueDates(today: due).contains(due))
    }

    @Test func theTwentyFourMonthEndStopsAtExit() {
        let entry = CalendarDay(year: 2024, month: 10, day: 1)!
        #expect(SupportDeadlines.supportEndStatus(entry: entry, exited: true, today: today) == nil)
        let running = SupportDeadlines.supportEndStatus(entry: entry, exited: false, today: today)
        #expect(running?.status == .overdue(57))
    }
}
