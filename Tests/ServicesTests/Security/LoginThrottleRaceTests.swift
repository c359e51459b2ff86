import Domain
import Foundation
import Persistence
import SampleData
import Services
import TestSupport
import Testing

/// Throttling holds under concurrency: attempts are counted and checked in one transaction.
@Suite("Limitation des tentatives sous concurrence")
struct LoginThrottleRaceTests {
    enum Outcome: Sendable, Equatable { case accepted, checked, throttled }

    static func attempt(_ login: LoginService, email: String, password: String, address: String) async -> Outcome {
        do {
            _ = try await login.login(email: email, password: password, address: address)
            return .accepted
        } catch DomainError.throttled {
            return .throttled
        } catch {
            return .checked
        }
    }

    @Test func thirtyParallelWrongPasswordsAreNotAllChecked() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            let login = LoginService(environment: environment)
            let outcomes = await withTaskGroup(of: Outcome.self) { group in
                for _ in 0..<30 {
                    group.addTask {
                        await Self.attempt(
                            login,
                            email: "referent@demo.parcours.test",
                            password: "mauvais mot de passe",
                            address: "10.1.1.1"
                        )
                    }
                }
                var all: [Outcome] = []
                for await outcome in group { all.append(outcome) }
                return all
            }
            #expect(outcomes.filter { $0 == .checked }.count == LoginService.failuresPerAccount)
            #expect(outcomes.filter { $0 == .throttled }.count == 30 - LoginService.failuresPerAccount)
            // The right password, sent last, is refused too: the limit was reached.
            let right = await Self.attempt(
                login,
                email: "referent@demo.parcours.test",
                password: DemoDepartement.password,
                address: "10.1.1.1"
            )
            #expect(right == .throttled)
        }
    }

    @Test func aSuccessDoesNotEraseTheAuditOfTheFailuresBeforeIt() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            let login = LoginService(environment: environment)
            for _ in 0..<3 {
                _ = await Self.attempt(
                    login,
                    email: "dpo@demo.parcours.test",
                    password: "mauvais mot de passe",
                    address: "10.2.2.2"
                )
            }
            _ = try await login.login(
                email: "dpo@demo.parcours.test",
                password: DemoDepartement.password,
                address: "10.2.2.2"
            )
            let failures = try await environment.database.read { sql in
                try await sql.raw("SELECT COUNT(*) AS n FROM audit_events WHERE action = 'session.echec'").first()?
                    .decode(column: "n", as: Int.self)
            }
            #expect(failures == 3)
        }
    }

    @Test func aCorrectPasswordFromAFreshAddressForAnUntouchedAccountIsNeverRefused() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            let login = LoginService(environment: environment)
            // One address spends its limit on unknown e-mails, one account spends its own from elsewhere.
            for index in 0..<LoginService.failuresPerAddress {
                _ = await Self.attempt(login, email: "inconnu\(index)@exemple.fr", password: "x", address: "10.3.3.3")
            }
            for _ in 0..<LoginService.failuresPerAccount {
                _ = await Self.attempt(
                    login,
                    email: "referent@demo.parcours.test",
                    password: "mauvais mot de passe",
                    address: "10.4.4.4"
                )
            }
            #expect(
                await Self.attempt(
                    login,
                    email: "national@demo.parcours.test",
                    password: DemoDepartement.password,
                    address: "10.5.5.5"
                ) == .accepted
            )
            // The spent address and the spent account stay refused.
            #expect(
                await Self.attempt(
                    login,
                    email: "admin@demo.parcours.test",
                    password: DemoDepartement.password,
                    address: "10.3.3.3"
                ) == .throttled
            )
        }
    }

    @Test func theAddressLimitIsHigherThanTheAccountLimit() {
        #expect(LoginService.failuresPerAddress > LoginService.failuresPerAccount)
    }
}
