import Domain
import Persistence
import SampleData
import Services
import TestSupport
import Testing

@Suite("Démonstration : trente mois d'histoire, un rapport mensuel qui se tient")
struct DemoHistoryTests {
    /// "2026-11" and the eleven months before it, oldest first.
    static func lastTwelveMonths(_ today: CalendarDay) -> [String] {
        (0..<12).reversed().map { String(today.adding(months: -$0).iso.prefix(7)) }
    }

    @Test func theMonthlyReportAgreesWithItselfAndWithTheListEveryMonth() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            try await DemoCasework(environment: environment).load()
            let manager = try await TestEnvironment.signIn(.responsable, environment)
            let reports = ActivityReportService(environment: environment)
            let today = environment.time.today(inDepartement: "69")
            let months = Self.lastTwelveMonths(today)
            var previous = try await reports.report(
                month: String(today.adding(months: -12).iso.prefix(7)),
                actor: manager
            )
            for month in months {
                let report = try await reports.report(month: month, actor: manager)
                // What was pending, plus what came, less what was decided, is what is pending at the end.
                #expect(
                    report.referralsPendingAtEnd
                        == previous.referralsPendingAtEnd + report.referralsReceived - report.referralsAccepted
                        - report.referralsDeclined,
                    "\(month)"
                )
                #expect(report.referralsReceived > 0, "\(month) : aucune orientation")
                #expect(report.welcomeInterviews > 0, "\(month) : aucune entrée")
                previous = report
            }
            let pendingInList = try await ReferralService(environment: environment).attention(actor: manager, limit: 1)
                .pendingTotal
            #expect(previous.referralsPendingAtEnd == pendingInList)
            // Exits are spread over the year too, not piled on the day the demo loads.
            var monthsWithExits = 0
            for month in months where try await reports.report(month: month, actor: manager).exits > 0 {
                monthsWithExits += 1
            }
            #expect(monthsWithExits >= 6)
        }
    }

    @Test func theSyntheticNationFillsTheOtherDepartementsAndCannotSignIn() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            let written = try await DemoNation(environment: environment).load()
            #expect(written == DemoNation.households)
            #expect(try await DemoNation(environment: environment).load() == 0)
            let (departements, active, rhone) = try await environment.database.read { sql in
                (
                    try await sql.raw("SELECT COUNT(DISTINCT departement_code) AS n FROM households").first()?
                        .decode(column: "n", as: Int.self) ?? 0,
                    try await sql.raw(
                        "SELECT COUNT(*) AS n FROM accounts WHERE id LIKE 'seed-%' AND active = \(bind: true)"
                    )
                    .first()?.decode(column: "n", as: Int.self) ?? -1,
                    try await sql.raw("SELECT COUNT(*) AS n FROM households WHERE departement_code = '69'").first()?
                        .decode(column: "n", as: Int.self) ?? -1
                )
            }
            #expect(departements > 80)
            #expect(active == 0)
            #expect(rhone == 0, "the Rhône keeps only the demo's own households")
        }
    }
}
