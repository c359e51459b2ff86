import Domain
import Persistence
import Services
import TestSupport
import Testing

@Suite("Espace personnel : deux usages simultanés d'un même code")
struct SpaceActivationRaceTests {
    /// Two phones took the code alone before either chose a secret; when both choose at once, only one secret is
    /// kept and the other phone is refused (on PostgreSQL the household's row lock orders them).
    @Test func ofTwoActivationsAtOnceOnlyOneChoosesTheSecret() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            let fixture = try await SpaceFixture.household(environment)
            let code = try await SpaceFixture.open(fixture.personID, environment)
            let service = NewcomerSignInService(environment: environment)
            let first = try await service.checkCode(typed: code, address: "198.51.100.7")
            let second = try await service.checkCode(typed: code, address: "198.51.100.8")
            async let one = Self.outcome {
                try await service.chooseSecret(
                    token: first.token,
                    kind: "code",
                    secret: "246810",
                    confirmation: "246810"
                )
            }
            async let two = Self.outcome {
                try await service.chooseSecret(
                    token: second.token,
                    kind: "code",
                    secret: "975312",
                    confirmation: "975312"
                )
            }
            let outcomes = await [one, two]
            #expect(outcomes.filter { $0 }.count == 1)
            let winner = outcomes[0] ? "246810" : "975312"
            let loser = outcomes[0] ? "975312" : "246810"
            #expect(
                try await service.signIn(typed: code, secret: winner, address: "198.51.100.9").session.personID
                    == fixture.personID
            )
            await #expect(throws: SpaceFormProblems.self) {
                try await service.signIn(typed: code, secret: loser, address: "198.51.100.9")
            }
            let activations = try await environment.database.read { sql in
                try await sql.raw("SELECT COUNT(*) AS n FROM audit_events WHERE action = 'espace.activation'").first()?
                    .decode(column: "n", as: Int.self)
            }
            #expect(activations == 1)
        }
    }

    /// Whether the use case succeeded (a refusal is a form problem; anything else fails the test).
    static func outcome(_ body: () async throws -> OpenedSpaceSession) async -> Bool {
        do {
            _ = try await body()
            return true
        } catch is SpaceFormProblems {
            return false
        } catch {
            Issue.record(error)
            return false
        }
    }
}
