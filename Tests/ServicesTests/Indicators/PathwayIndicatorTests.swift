import Domain
import Persistence
import Services
import TestSupport
import Testing

@Suite("Indicateurs de parcours sur un petit jeu de données fait main")
struct PathwayIndicatorTests {
    /// The dashboard of a territory for 2026, on the hand-made data set with its pathways.
    static func dashboard(_ scope: Dashboard.Scope) async throws -> Dashboard {
        var result: Dashboard?
        try await TestEnvironment.withEmpty { environment, _ in
            try await IndicatorFixture.load(environment)
            try await IndicatorFixture.loadPathways(environment)
            result = try await IndicatorService(environment: environment).dashboard(
                scope: scope,
                period: "2026",
                actor: IndicatorTests.national
            )
        }
        return try #require(result)
    }

    @Test func pap11CountsTheTrainingsFinishedInThePeriodAndThoseReachingA1() async throws {
        let rhone = try await Self.dashboard(.departement("69"))
        // H1-0 (A1), H1-1 (A1.1) and H2-0 (A2) finished in 2026; H4-0 in 2025: 2 of 3.
        #expect(rhone.total.value(of: IndicatorCatalogue.pap11) == .rate(2, of: 3))
    }

    @Test func certifiedLevelsNeedEachSkillAndACertificateUnderTwoYears() async throws {
        let rhone = try await Self.dashboard(.departement("69"))
        // Adults in support: H1-0, H1-1, H4-0. A2: H1-0 and H1-1 (P2 is two years old minus a day); H4-0's P3 is
        // exactly two years old. B1: H1-1 only (H1-0 has A2 in written expression).
        #expect(rhone.total.value(of: IndicatorCatalogue.a2Attainment) == .rate(2, of: 3))
        #expect(rhone.total.value(of: IndicatorCatalogue.b1Attainment) == .rate(1, of: 3))
    }

    @Test func theCivicExamPassRateCountsSessionsOfThePeriodWithoutFraud() async throws {
        let rhone = try await Self.dashboard(.departement("69"))
        // 2026 sessions: 32 (passed), 31 (failed), 35 with fraud (failed); the 2025 one is outside.
        #expect(rhone.total.value(of: IndicatorCatalogue.civicExamPass) == .rate(1, of: 3))
    }

    @Test func theLanguageOfferIsSeatsRunningAgainstAdultsWithoutA2ForWholeDepartementsOnly() async throws {
        let rhone = try await Self.dashboard(.departement("69"))
        // C1's 10 seats run on 27 November (C2 ended in October); one adult in support without A2 (H4-0).
        #expect(rhone.total.value(of: IndicatorCatalogue.languageOffer) == .rate(10, of: 1))
        // An operator's part has no seats of its own: undefined, not 0.
        #expect(rhone.parts.allSatisfy { $0.figures.value(of: IndicatorCatalogue.languageOffer) == .rate(0, of: 0) })
        let region = try await Self.dashboard(.region("84"))
        // With the Ain's adult (H6-0), no seat there: 10 seats for 2 adults without A2.
        #expect(region.total.value(of: IndicatorCatalogue.languageOffer) == .rate(10, of: 2))
    }

    @Test func aTransferredHouseholdsTrainingsAndExamsCountInItsNewDepartement() async throws {
        var result: (rhone: Dashboard, ain: Dashboard)?
        try await TestEnvironment.withEmpty { environment, _ in
            try await IndicatorFixture.load(environment)
            try await IndicatorFixture.loadPathways(environment)
            try await environment.database.write { sql in
                try await sql.raw(
                    "UPDATE households SET departement_code = '01', operator_organisation_id = 'op01' WHERE id = 'H1'"
                )
                .run()
                try await PathwayAreas.place(householdID: "H1", in: sql)
            }
            let service = IndicatorService(environment: environment)
            result = (
                try await service.dashboard(scope: .departement("69"), period: "2026", actor: IndicatorTests.national),
                try await service.dashboard(scope: .departement("01"), period: "2026", actor: IndicatorTests.national)
            )
        }
        let (rhone, ain) = try #require(result)
        // H1's two trainings and three 2026 sessions (one in 2025) follow it to the Ain; H2-0 and H4-0 stay.
        #expect(rhone.total.value(of: IndicatorCatalogue.pap11) == .rate(1, of: 1))
        #expect(ain.total.value(of: IndicatorCatalogue.pap11) == .rate(1, of: 2))
        #expect(ain.total.value(of: IndicatorCatalogue.civicExamPass) == .rate(1, of: 2))
        #expect(rhone.total.value(of: IndicatorCatalogue.civicExamPass) == .rate(0, of: 1))
    }
}
