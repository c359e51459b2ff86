import Testing

@testable import Domain

@Suite("Support deadlines")
struct DeadlineTests {
    @Test(
        "Commitment contract due one month after the CIR signature",
        arguments: [
            ("2025-01-31", "2025-02-28"), ("2024-01-31", "2024-02-29"), ("2025-03-10", "2025-04-10"),
            ("2025-12-31", "2026-01-31"), ("2025-03-31", "2025-04-30"), ("2024-02-29", "2024-03-29"),
        ]
    )
    func commitmentDue(signature: String, expected: String) {
        #expect(SupportDeadlines.commitmentContractDue(cirSignature: day(signature)) == day(expected))
    }

    @Test(
        "Support ends at most 24 months after entry",
        arguments: [
            ("2024-02-29", "2026-02-28"), ("2025-03-10", "2027-03-10"), ("2026-02-28", "2028-02-28"),
            ("2025-12-31", "2027-12-31"),
        ]
    )
    func supportEnds(entry: String, expected: String) {
        #expect(SupportDeadlines.supportEnds(entry: day(entry)) == day(expected))
    }

    @Test("The due date itself is still on time")
    func dueToday() {
        #expect(SupportDeadlines.status(due: day("2025-02-28"), today: day("2025-02-28")) == .dueToday)
    }

    @Test("The day after the due date is one day late")
    func overdueOne() {
        #expect(SupportDeadlines.status(due: day("2025-02-28"), today: day("2025-03-01")) == .overdue(1))
    }

    @Test("Late across a year boundary")
    func overdueAcrossYear() {
        #expect(SupportDeadlines.status(due: day("2024-12-31"), today: day("2025-01-31")) == .overdue(31))
    }

    @Test("30 days before is due soon")
    func dueSoonThirty() {
        let due = day("2025-04-10")
        #expect(SupportDeadlines.status(due: due, today: due.adding(days: -30)) == .dueSoon(30))
    }

    @Test("31 days before is upcoming")
    func upcomingThirtyOne() {
        let due = day("2025-04-10")
        #expect(SupportDeadlines.status(due: due, today: due.adding(days: -31)) == .upcoming(31))
    }

    @Test("The day before is due soon with one day left")
    func dueSoonOne() {
        #expect(SupportDeadlines.status(due: day("2025-03-01"), today: day("2025-02-28")) == .dueSoon(1))
    }

    @Test(
        "A custom reminder window",
        arguments: [(7, DeadlineStatus.dueSoon(7)), (6, .upcoming(7)), (0, .upcoming(7)), (-3, .upcoming(7))]
    )
    func customWindow(reminderDays: Int, expected: DeadlineStatus) {
        let due = day("2025-03-17")
        #expect(SupportDeadlines.status(due: due, today: day("2025-03-10"), reminderDays: reminderDays) == expected)
    }

    @Test("Statuses have French labels and reminders")
    func labels() {
        #expect(DeadlineStatus.dueToday.label == "Échéance aujourd'hui")
        #expect(DeadlineStatus.overdue(1).label == "Échéance dépassée de 1 jour")
        #expect(DeadlineStatus.dueSoon(3).label == "Échéance proche : dans 3 jours")
        #expect(DeadlineStatus.upcoming(31).label == "Échéance dans 31 jours")
        #expect(!DeadlineStatus.upcoming(31).needsReminder)
        #expect(
            DeadlineStatus.dueSoon(30).needsReminder && DeadlineStatus.dueToday.needsReminder
                && DeadlineStatus.overdue(2).needsReminder
        )
    }

    @Test("A CIR signed on 31 January: contract on time through 28 February, late on 1 March")
    func endToEnd() {
        let due = SupportDeadlines.commitmentContractDue(cirSignature: day("2025-01-31"))
        #expect(SupportDeadlines.status(due: due, today: day("2025-01-31")) == .dueSoon(28))
        #expect(SupportDeadlines.status(due: due, today: day("2025-02-28")) == .dueToday)
        #expect(SupportDeadlines.status(due: due, today: day("2025-03-01")) == .overdue(1))
    }
}
