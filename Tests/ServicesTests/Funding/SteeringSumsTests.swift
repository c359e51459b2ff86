import Domain
import Foundation
import Persistence
import SampleData
import Services
import TestSupport
import Testing

/// The steering page adds grants up in SQL by région, action and themes, and reads only the grants that still lack a
/// report: both must give what the grants themselves give, read one by one.
@Suite("Pilotage des crédits : les sommes en SQL égalent les subventions une à une")
struct SteeringSumsTests {
    @Test func totalsAndAwaitedReportsMatchTheGrantsReadOneByOne() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            try await DemoCasework(environment: environment).load()
            try await DemoPathways(environment: environment).load()
            _ = try await DemoFunding(environment: environment).load()
            let filters = [
                (LineFilter(year: 2025), false), (LineFilter(year: 2026), false),
                (LineFilter(year: nil, regionCode: "84"), true),
            ]
            for (filter, everyYear) in filters {
                let (grants, totals, awaiting) = try await environment.database.read { sql in
                    (
                        try await FundingSteeringQueries.grants(filter, in: sql),
                        try await FundingSteeringQueries.totals(filter, in: sql),
                        try await FundingSteeringQueries.awaitingReports(
                            filter,
                            startedBefore: CalendarDay(year: 2100, month: 1, day: 1)!,
                            in: sql
                        )
                    )
                }
                #expect(totals.reduce(0) { $0 + $1.grants } == grants.count)
                #expect(Money.sum(totals.map(\.committed)) == Money.sum(grants.map(\.committed)))
                for tag in ThematicTag.allCases {
                    #expect(
                        Money.sum(totals.filter { $0.tags.contains(tag) }.map(\.committed))
                            == Money.sum(grants.filter { $0.tags.contains(tag) }.map(\.committed))
                    )
                }
                let action12 = grants.filter { $0.action == .integration && SeventyPercentRule.counts($0.tags) }
                #expect(
                    Money.sum(
                        totals.filter { $0.action == .integration && SeventyPercentRule.counts($0.tags) }
                            .map(\.committed)
                    ) == Money.sum(action12.map(\.committed))
                )
                let reported = grants.filter { !$0.reports.isEmpty && ($0.peopleServed ?? 0) > 0 }
                #expect(Money.sum(totals.map(\.reportedCommitted)) == Money.sum(reported.map(\.committed)))
                #expect(
                    totals.reduce(0) { $0 + $1.reportedPeople } == reported.reduce(0) { $0 + ($1.peopleServed ?? 0) }
                )
                if everyYear {
                    // The demo's grants over both years include filed reports and missing ones: the sums compare
                    // something.
                    #expect(reported.count > 0 && !awaiting.isEmpty && awaiting.count < grants.count)
                }
                let lacking = grants.filter { $0.reports.count < $0.grantedYears.count }
                #expect(awaiting.map(\.applicationID).sorted() == lacking.map(\.applicationID).sorted())
                for grant in awaiting {
                    let full = try #require(grants.first { $0.applicationID == grant.applicationID })
                    #expect(grant.planYears == full.grantedYears.count)
                    #expect(grant.filedYears == Set(full.reports.keys))
                }
            }
        }
    }
}
