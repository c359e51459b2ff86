import Domain
import Foundation
import Persistence
import SampleData
import Services
import TestSupport
import Testing

@Suite("Connexion et sessions")
struct LoginServiceTests {
    /// Runs `body` with the demo département loaded and a clock that tests can move.
    func withDemo(_ body: (LoginService, MutableTime, any Database) async throws -> Void) async throws {
        try await TestEnvironment.withDemo { environment, time in
            try await body(LoginService(environment: environment), time, environment.database)
        }
    }

    @Test func theRightPasswordOpensASessionForTheAccount() async throws {
        try await withDemo { login, _, _ in
            let opened = try await login.login(
                email: " Referent@demo.parcours.test",
                password: DemoDepartement.password
            )
            #expect(opened.account.role == .referent)
            #expect(opened.account.organisationName == "Accueil et Parcours Rhône (démo)")
            let session = try await login.session(token: opened.token)
            #expect(session?.account.email == "referent@demo.parcours.test")
            #expect(session?.csrfToken == opened.csrfToken)
        }
    }

    @Test func eachLoginGetsANewToken() async throws {
        try await withDemo { login, _, _ in
            let first = try await login.login(email: "dpo@demo.parcours.test", password: DemoDepartement.password)
            let second = try await login.login(email: "dpo@demo.parcours.test", password: DemoDepartement.password)
            #expect(first.token != second.token)
        }
    }

    @Test func aWrongPasswordAndAnUnknownEmailGetTheSameMessage() async throws {
        try await withDemo { login, _, _ in
            var messages: [String?] = []
            for (email, password) in [
                ("referent@demo.parcours.test", "mauvais-mot-de-passe"), ("inconnu@exemple.fr", "x"),
            ] {
                do {
                    _ = try await login.login(email: email, password: password)
                    Issue.record("login accepted")
                } catch DomainError.invalid(let errors) {
                    messages.append(errors["password"])
                }
            }
            #expect(
                messages == ["Adresse e-mail ou mot de passe incorrect.", "Adresse e-mail ou mot de passe incorrect."]
            )
        }
    }

    @Test func emptyFieldsGetAMessageEach() async throws {
        try await withDemo { login, _, _ in
            do {
                _ = try await login.login(email: "pas-une-adresse", password: "")
                Issue.record("login accepted")
            } catch DomainError.invalid(let errors) {
                #expect(errors["email"] != nil)
                #expect(errors["password"] == "Saisissez votre mot de passe.")
            }
        }
    }

    @Test func aDeactivatedAccountCannotLogIn() async throws {
        try await withDemo { login, _, database in
            try await database.write { sql in
                try await sql.raw(
                    "UPDATE accounts SET active = \(bind: false) WHERE email = 'admin@demo.parcours.test'"
                ).run()
            }
            await #expect(throws: DomainError.self) {
                try await login.login(email: "admin@demo.parcours.test", password: DemoDepartement.password)
            }
        }
    }

    @Test func anIdleSessionEndsAfterTwoHours() async throws {
        try await withDemo { login, time, _ in
            let opened = try await login.login(email: "ofii@demo.parcours.test", password: DemoDepartement.password)
            time.advance(by: 2 * 3600 - 1)
            #expect(try await login.session(token: opened.token) != nil)
            time.advance(by: 2 * 3600)
            #expect(try await login.session(token: opened.token) == nil)
        }
    }

    @Test func anActiveSessionStillEndsTwelveHoursAfterLogin() async throws {
        try await withDemo { login, time, _ in
            let opened = try await login.login(email: "national@demo.parcours.test", password: DemoDepartement.password)
            for _ in 0..<12 {
                #expect(try await login.session(token: opened.token) != nil)
                time.advance(by: 3600 - 60)
            }
            time.advance(by: 12 * 60)
            #expect(try await login.session(token: opened.token) == nil)
        }
    }

    @Test func logoutEndsTheSession() async throws {
        try await withDemo { login, _, _ in
            let opened = try await login.login(
                email: "prefecture@demo.parcours.test",
                password: DemoDepartement.password
            )
            try await login.logout(token: opened.token, account: opened.account)
            #expect(try await login.session(token: opened.token) == nil)
        }
    }
}
