import Domain
import Foundation
import Persistence
import Services
import TestSupport
import Testing

@Suite("Indicateurs calculés sur un petit jeu de données fait main")
struct IndicatorTests {
    static let national = AccountSummary.steering(.national, scope: .nation)

    /// The dashboard of a territory for 2026, on the hand-made data set.
    static func dashboard(_ scope: Dashboard.Scope) async throws -> Dashboard {
        var result: Dashboard?
        try await TestEnvironment.withEmpty { environment, _ in
            try await IndicatorFixture.load(environment)
            result = try await IndicatorService(environment: environment).dashboard(
                scope: scope,
                period: "2026",
                actor: national
            )
        }
        return try #require(result)
    }

    @Test func referralsCountThoseDatedInThePeriod() async throws {
        let rhone = try await Self.dashboard(.departement("69"))
        // H1, H2, H3 and H5; H4 was referred in December 2025.
        #expect(rhone.total.value(of: IndicatorCatalogue.referrals) == .count(4))
        let region = try await Self.dashboard(.region("84"))
        // With H6 in the Ain.
        #expect(region.total.value(of: IndicatorCatalogue.referrals) == .count(5))
    }

    @Test func theDelayIsTheMedianOfTheHouseholdsWelcomedInThePeriod() async throws {
        let rhone = try await Self.dashboard(.departement("69"))
        // 10 (H1), 10 (H2), 30 (H3), 20 (H4): sorted 10, 10, 20, 30, median (10 + 20) / 2 = 15.
        #expect(rhone.total.value(of: IndicatorCatalogue.welcomeDelay) == .median(15, of: 4))
        #expect(AreaFigures.median([3, 1, 2]) == 2)
        #expect(AreaFigures.median([]) == nil)
    }

    @Test func householdsAndPersonsInSupportAtTheEndOfThePeriod() async throws {
        let rhone = try await Self.dashboard(.departement("69"))
        // H1 (3 persons) and H4 (1); H2 and H3 left, H5 was not welcomed.
        #expect(rhone.total.value(of: IndicatorCatalogue.householdsInSupport) == .count(2))
        #expect(rhone.total.value(of: IndicatorCatalogue.personsInSupport) == .count(4))
    }

    @Test func contractsWithinAMonthOfTheCIR() async throws {
        let rhone = try await Self.dashboard(.departement("69"))
        // H1 signed before its deadline, H2 after: 1 of 2.
        #expect(rhone.total.value(of: IndicatorCatalogue.contractWithinMonth) == .rate(1, of: 2))
    }

    @Test func exitsByReasonAndTheirSustainableHousingAndActivity() async throws {
        let rhone = try await Self.dashboard(.departement("69"))
        #expect(rhone.total.value(of: IndicatorCatalogue.exits) == .count(2))
        #expect(rhone.total.exitsByReason == ["objectives_reached": 1, "moved": 1])
        // H2: social lease and CDI; H3: hotel and a 3-month CDD.
        #expect(rhone.total.value(of: IndicatorCatalogue.housingExit) == .rate(1, of: 2))
        #expect(rhone.total.value(of: IndicatorCatalogue.activityExit) == .rate(1, of: 2))
    }

    @Test func adultsInSupportRegisteredWithFranceTravail() async throws {
        let rhone = try await Self.dashboard(.departement("69"))
        // Adults in support: H1's two (the child born in 2015 is not), H4's one; registered: one in each.
        #expect(rhone.total.value(of: IndicatorCatalogue.franceTravail) == .rate(2, of: 3))
    }

    @Test func deploymentCountsTheDepartementsCoveredAtTheEndOfThePeriod() async throws {
        let nation = try await Self.dashboard(.nation)
        // Every metropolitan département but Corsica's two, deployed on 1 June 2024 in the reference data.
        #expect(nation.total.value(of: IndicatorCatalogue.deployment) == .count(94))
        let rhone = try await Self.dashboard(.departement("69"))
        #expect(rhone.total.value(of: IndicatorCatalogue.deployment) == .count(1))
    }

    @Test func theNationDrillsDownToRegionsAndADepartementToItsOperators() async throws {
        let nation = try await Self.dashboard(.nation)
        #expect(nation.parts.count == 18)
        let auvergneRhoneAlpes = try #require(nation.parts.first { $0.code == "84" })
        #expect(auvergneRhoneAlpes.figures.referrals == 5)
        #expect(auvergneRhoneAlpes.scope == .region("84"))
        let rhone = try await Self.dashboard(.departement("69"))
        #expect(rhone.parts.map(\.name) == ["Opérateur 69"])
        // Every month of 2026 up to November, zeros included: H1 referred in January (H4 in December 2025), H2 in
        // February, H3 in March, H5 in June.
        #expect(rhone.monthly.map(\.month) == (1...11).map { String(format: "2026-%02d", $0) })
        #expect(rhone.monthly.map(\.count) == [1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0])
    }

    @Test func welcomesAndExitsPerMonthFormTheirOwnSeries() async throws {
        let rhone = try await Self.dashboard(.departement("69"))
        let welcomes = try #require(rhone.series.first { $0.event == .welcomes })
        // H4 on 4 January and H1 on 20 January, H2 in February, H3 in March.
        #expect(welcomes.months.prefix(4).map(\.count) == [2, 1, 1, 0])
        let exits = try #require(rhone.series.first { $0.event == .exits })
        // H2 left in October, H3 in November.
        #expect(exits.months.suffix(2).map(\.count) == [1, 1])
        #expect(exits.months.dropLast(2).allSatisfy { $0.count == 0 })
    }

    @Test func onlySteeringRolesSeeDashboardsAndAnUnknownTerritoryIsNotFound() async throws {
        try await TestEnvironment.withEmpty { environment, _ in
            let service = IndicatorService(environment: environment)
            await #expect(throws: DomainError.forbidden) {
                try await service.dashboard(
                    scope: .nation,
                    period: "",
                    actor: .steering(.referent, scope: .departements(["69"]))
                )
            }
            await #expect(throws: DomainError.notFound) {
                try await service.dashboard(scope: .departement("00"), period: "", actor: Self.national)
            }
            let regional = try service.home(actor: .steering(.dreets, scope: .region("84")))
            let prefecture = try service.home(actor: .steering(.prefecture, scope: .departements(["69"])))
            #expect(regional == .region("84"))
            #expect(prefecture == .departement("69"))
        }
    }
}

extension AccountSummary {
    /// An account of a steering role, for use cases that only look at the role and the scope.
    static func steering(_ role: Role, scope: TerritorialScope) -> AccountSummary {
        AccountSummary(
            id: "pilotage",
            email: "pilotage@exemple.fr",
            displayName: "Pilotage",
            role: role,
            scope: scope,
            organisationID: "org",
            organisationName: "Organisation"
        )
    }
}
