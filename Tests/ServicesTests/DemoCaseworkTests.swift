import Domain
import Persistence
import SampleData
import Services
import TestSupport
import Testing

@Suite("Dossiers de démonstration")
struct DemoCaseworkTests {
    @Test func demoReferralsCoverEveryStageThroughTheRealUseCases() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            // Twelve households written by hand and sixty replayed from the generator, all through the use cases.
            #expect(try await DemoCasework(environment: environment).load() == 72)
            #expect(try await DemoCasework(environment: environment).load() == 0)
            let manager = try await TestEnvironment.signIn(.responsable, environment)
            let referrals = try await ReferralService(environment: environment).page(
                actor: manager,
                page: 1,
                size: 100
            ).referrals
            let byStatus = Dictionary(grouping: referrals, by: \.status).mapValues(\.count)
            #expect((byStatus[.pending] ?? 0) >= 3)
            #expect((byStatus[.accepted] ?? 0) >= 55)
            #expect((byStatus[.declined] ?? 0) >= 1)
            #expect(referrals.filter { !$0.eligible }.isEmpty)
            let caseworker = try await TestEnvironment.signIn(.referent, environment)
            let caseload = try await HouseholdService(environment: environment).page(
                actor: caseworker,
                criteria: {
                    var mine = HouseholdCriteria()
                    mine.mine = true
                    return mine
                }(),
                limit: 500,
                offset: 0
            ).households
            #expect(caseload.count == byStatus[.accepted])
            #expect(caseload.filter { $0.stage == .exited }.count >= 12)
            #expect(caseload.filter { $0.stage == .inSupport && $0.contractSigned != nil }.count > 10)
            let milestones = try await environment.database.read { sql in
                try await sql.raw("SELECT COUNT(*) AS n FROM milestones").first()?.decode(column: "n", as: Int.self)
            }
            #expect((milestones ?? 0) > 100)
            let verification = try await environment.verifyAuditLog()
            guard case .intact(let events) = verification else {
                Issue.record("journal d'audit rompu : \(verification)")
                return
            }
            #expect(events > 1_000)
        }
    }
}
