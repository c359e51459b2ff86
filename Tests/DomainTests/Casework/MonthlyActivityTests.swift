import Testing

@testable import Domain

@Suite("Rapport mensuel : comptes d'un mois")
struct MonthlyActivityTests {
    func d(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

    @Test func aMonthCountsItsOwnEventsOnly() throws {
        var activity = try #require(MonthlyActivity(month: "2026-11"))
        #expect(activity.first == d("2026-11-01") && activity.last == d("2026-11-30"))
        activity.count(
            referrals: [
                // Received in October, accepted in November.
                .init(referralDate: d("2026-10-28"), accepted: true, decidedOn: d("2026-11-02")),
                .init(referralDate: d("2026-11-05"), accepted: false, decidedOn: d("2026-11-06")),
                .init(referralDate: d("2026-11-20"), accepted: nil, decidedOn: nil),  // pending at the end
                .init(referralDate: d("2026-11-29"), accepted: true, decidedOn: d("2026-12-01")),  // pending on 30 Nov
                .init(referralDate: d("2026-12-01"), accepted: nil, decidedOn: nil),  // after the month
            ],
            households: [
                // Referred 28 Oct, welcomed 7 Nov (10 days), CIR 20 Oct → contract due 20 Nov, signed 19 Nov: on time.
                .init(
                    referralDate: d("2026-10-28"),
                    cirSignatureDate: d("2026-10-20"),
                    welcomeInterview: d("2026-11-07"),
                    contractSigned: d("2026-11-19"),
                    exitDay: nil,
                    exitReason: nil,
                    positiveExit: false
                ),
                // Welcomed 3 Nov after 4 days, CIR 1 Oct → due 1 Nov, signed 10 Nov: late; left on 25 Nov, positive.
                .init(
                    referralDate: d("2026-10-30"),
                    cirSignatureDate: d("2026-10-01"),
                    welcomeInterview: d("2026-11-03"),
                    contractSigned: d("2026-11-10"),
                    exitDay: d("2026-11-25"),
                    exitReason: "objectives_reached",
                    positiveExit: true
                ),
                // Welcomed in September, left on 1 December: still in support at the end of November.
                .init(
                    referralDate: d("2026-09-01"),
                    cirSignatureDate: d("2026-08-20"),
                    welcomeInterview: d("2026-09-10"),
                    contractSigned: d("2026-09-15"),
                    exitDay: d("2026-12-01"),
                    exitReason: "moved",
                    positiveExit: false
                ),
            ],
            contactDays: [d("2026-10-31"), d("2026-11-01"), d("2026-11-30"), d("2026-12-01")]
        )
        #expect(activity.referralsReceived == 3)  // 5, 20 and 29 November
        #expect(activity.referralsAccepted == 1)
        #expect(activity.referralsDeclined == 1)
        #expect(activity.referralsPendingAtEnd == 2)
        #expect(activity.welcomeInterviews == 2)
        #expect(activity.medianDaysToWelcome == 7)  // (4 + 10) / 2
        #expect(activity.contractsSigned == 2)
        #expect(activity.contractsOnTime == 1)
        #expect(activity.inSupportAtEnd == 2)
        #expect(activity.contacts == 2)
        #expect(activity.exitsByReason == ["objectives_reached": 1])
        #expect(activity.positiveExits == 1)
    }

    @Test(arguments: ["2026-13", "2026", "novembre", "2026-11-01"])
    func notAMonthIsRefused(month: String) {
        #expect(MonthlyActivity(month: month) == nil)
    }

    @Test func februaryEndsOnItsLastDay() throws {
        #expect(try #require(MonthlyActivity(month: "2028-02")).last == d("2028-02-29"))
    }
}
