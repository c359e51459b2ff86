import Domain
import Persistence
import Services
import TestSupport
import Testing

@Suite("Dossiers de démonstration")
struct DemoCaseworkTests {
    @Test func demoReferralsCoverEveryStageThroughTheRealUseCases() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            #expect(try await DemoCasework(environment: environment).load() == 12)
            #expect(try await DemoCasework(environment: environment).load() == 0)
            let manager = try await TestEnvironment.signIn(.responsable, environment)
            let referrals = try await ReferralService(environment: environment).list(actor: manager)
            let byStatus = Dictionary(grouping: referrals, by: \.status).mapValues(\.count)
            #expect(byStatus[.pending] == 3)
            #expect(byStatus[.accepted] == 8)
            #expect(byStatus[.declined] == 1)
            #expect(referrals.filter { !$0.eligible }.isEmpty)
            let caseworker = try await TestEnvironment.signIn(.referent, environment)
            let caseload = try await HouseholdService(environment: environment).list(actor: caseworker, mine: true)
            #expect(caseload.count == 8)
            // demo accounts, 12 referrals, 9 decisions, 8 × (welcome, contract, contact), 2 exits, 2 sign-ins.
            let verification = try await AuditLog.verify(database: environment.database)
            #expect(verification == .intact(events: 1 + 12 + 9 + 8 * 3 + 2 + 2))
            #expect(caseload.filter { $0.stage == "sortie" }.count == 2)
        }
    }
}
