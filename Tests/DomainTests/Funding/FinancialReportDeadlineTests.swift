import Testing

@testable import Domain

@Suite("Compte rendu financier : six mois après la fin de l'exercice")
struct FinancialReportDeadlineTests {
    func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

    @Test func aCalendarYearEndingOn31DecemberIsDueOn30June() throws {
        // Six months from 1 January 2026 run to 30 June 2026.
        let year = try #require(FinancialYear.containing(day("2025-03-01"), endMonth: 12, endDay: 31))
        #expect(year.start == day("2025-01-01"))
        #expect(year.end == day("2025-12-31"))
        #expect(year.reportDue == day("2026-06-30"))
    }

    @Test func aYearEndingOn30JuneIsDueOn31DecemberNot30() throws {
        // From 1 July 2025, six months run to 31 December 2025 (adding six months to 30 June would wrongly give 30 Dec).
        let year = try #require(FinancialYear.containing(day("2025-06-30"), endMonth: 6, endDay: 30))
        #expect(year.start == day("2024-07-01"))
        #expect(year.reportDue == day("2025-12-31"))
    }

    @Test func aYearEndingOn31AugustIsDueAtTheEndOfFebruaryLeapYearsIncluded() throws {
        // 1 September 2026 + 6 months = 1 March 2027, less a day = 28 February 2027 (2027 is common);
        // 1 September 2027 + 6 months = 1 March 2028, less a day = 29 February 2028 (2028 is a leap year).
        let common = try #require(FinancialYear.containing(day("2025-09-01"), endMonth: 8, endDay: 31))
        #expect(common.end == day("2026-08-31"))
        #expect(common.reportDue == day("2027-02-28"))
        #expect(common.shifted(by: 1).reportDue == day("2028-02-29"))
        #expect(common.shifted(by: 1).start == day("2026-09-01"))
    }

    @Test func aYearEndingAtTheEndOfFebruaryEndsOnThe29thInALeapYear() throws {
        // "28/02" is the end of February: in 2028 the year ends on 29 February, and 1 March 2028 + 6 months − 1 day
        // = 31 August 2028. The year before ended on 28 February 2027, due 31 August 2027.
        let year = try #require(FinancialYear.containing(day("2027-06-15"), endMonth: 2, endDay: 28))
        #expect(year.start == day("2027-03-01"))
        #expect(year.end == day("2028-02-29"))
        #expect(year.reportDue == day("2028-08-31"))
        #expect(year.shifted(by: -1).end == day("2027-02-28"))
        #expect(year.shifted(by: -1).reportDue == day("2027-08-31"))
        #expect(year.shifted(by: 1).start == day("2028-03-01"))
        #expect(FinancialYear.containing(day("2027-06-15"), endMonth: 2, endDay: 29) == nil)
    }

    @Test func aReportIsDueOnceTheYearHasEndedAndLateTheDayAfterItsDueDate() throws {
        let year = try #require(FinancialYear.containing(day("2025-05-01"), endMonth: 12, endDay: 31))
        #expect(ReportStatus.of(year, filed: false, accepted: false, today: day("2025-12-31")) == .notYetDue)
        #expect(ReportStatus.of(year, filed: false, accepted: false, today: day("2026-01-01")) == .due)
        #expect(ReportStatus.of(year, filed: false, accepted: false, today: day("2026-06-30")) == .due)
        #expect(ReportStatus.of(year, filed: false, accepted: false, today: day("2026-07-01")) == .overdue)
        #expect(ReportStatus.of(year, filed: true, accepted: false, today: day("2026-07-01")) == .filed)
        #expect(ReportStatus.of(year, filed: true, accepted: true, today: day("2026-07-01")) == .accepted)
        #expect(ReportStatus.due.blocksNewApplication && ReportStatus.overdue.blocksNewApplication)
        #expect(!ReportStatus.notYetDue.blocksNewApplication && !ReportStatus.filed.blocksNewApplication)
    }

    @Test func theGrantStageFollowsItsFacts() {
        var facts = GrantStage.Facts(
            conventionRequired: true,
            conventionSigned: false,
            committed: .zero,
            paid: .zero,
            total: Money(euros: 30_000),
            report: nil
        )
        #expect(GrantStage.of(facts) == .awaitingConvention)
        facts.conventionSigned = true
        #expect(GrantStage.of(facts) == .awaitingCommitment)
        facts.committed = Money(euros: 30_000)
        #expect(GrantStage.of(facts) == .committed)
        facts.paid = Money(euros: 15_000)
        facts.report = .notYetDue
        #expect(GrantStage.of(facts) == .advancePaid)
        facts.report = .overdue
        #expect(GrantStage.of(facts) == .reportOverdue)
        facts.report = .accepted
        #expect(GrantStage.of(facts) == .balanceDue)
        facts.paid = Money(euros: 30_000)
        #expect(GrantStage.of(facts) == .closed)
    }
}
