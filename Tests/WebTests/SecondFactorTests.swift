import Domain
import Foundation
import HummingbirdOTP
import Services
import TestSupport
import Testing

@Suite("Double authentification (TOTP)")
struct SecondFactorTests {
    @Test func aNamedDataRoleMustEnrolBeforeAnythingElseThenLogsInWithACode() async throws {
        try await TestApp.run(secondFactorRequired: true) { browser, app in
            let login = try await browser.login(as: .referent)
            #expect(login.location == "/compte/double-authentification")
            // Held at enrolment: every other page sends back to it.
            #expect(try await browser.get("/accueil").location == "/compte/double-authentification")
            let enrolment = try await browser.get("/compte/double-authentification")
            #expect(enrolment.text.contains("<svg"))
            #expect(enrolment.text.contains("la double authentification est obligatoire"))
            let secret = try #require(try await Self.pendingSecret(app, email: "referent@demo.parcours.test"))
            let code = String(format: "%06d", TOTP(secret: secret).compute(date: app.time.now()))
            let wrong = try await browser.post("/compte/double-authentification", form: [("code", "000000")])
            #expect(wrong.status == .unprocessableContent)
            let confirmed = try await browser.post("/compte/double-authentification", form: [("code", code)])
            #expect(confirmed.text.contains("Double authentification activée"))
            let recovery = confirmed.text.matches(of: /<li><code>([a-z0-9]{4}-[a-z0-9]{4})<\/code><\/li>/).map {
                String($0.1)
            }
            #expect(recovery.count == SecondFactorService.recoveryCodeCount)
            #expect(try await browser.get("/accueil").status == .ok)

            try await browser.post("/deconnexion", form: [])
            app.time.advance(by: 60)
            let second = try await browser.login(as: .referent)
            #expect(second.location == "/connexion/code")
            #expect(try await browser.get("/accueil").status == .seeOther)
            let rejected = try await browser.post("/connexion/code", form: [("code", "123456")])
            #expect(rejected.status == .unprocessableContent)
            #expect(rejected.text.contains("Code incorrect ou déjà utilisé"))
            let now = String(format: "%06d", TOTP(secret: secret).compute(date: app.time.now()))
            let accepted = try await browser.post("/connexion/code", form: [("code", now)])
            #expect(accepted.location == "/accueil")
            #expect(try await browser.get("/accueil").status == .ok)

            // A recovery code works once.
            try await browser.post("/deconnexion", form: [])
            try await browser.login(as: .referent)
            try await browser.get("/connexion/code")
            #expect(try await browser.post("/connexion/code", form: [("code", recovery[0])]).location == "/accueil")
            try await browser.post("/deconnexion", form: [])
            try await browser.login(as: .referent)
            try await browser.get("/connexion/code")
            #expect(
                try await browser.post("/connexion/code", form: [("code", recovery[0])]).status == .unprocessableContent
            )
        }
    }

    @Test func aCodeIsNeverAcceptedTwice() async throws {
        try await TestApp.run(secondFactorRequired: true) { browser, app in
            try await browser.login(as: .ofii)
            try await browser.get("/compte/double-authentification")
            let secret = try #require(try await Self.pendingSecret(app, email: "ofii@demo.parcours.test"))
            let code = String(format: "%06d", TOTP(secret: secret).compute(date: app.time.now()))
            try await browser.post("/compte/double-authentification", form: [("code", code)])
            try await browser.post("/deconnexion", form: [])
            try await browser.login(as: .ofii)
            try await browser.get("/connexion/code")
            let replay = try await browser.post("/connexion/code", form: [("code", code)])
            #expect(replay.status == .unprocessableContent)
        }
    }

    @Test func rolesWithoutNamedDataAreNotHeldAtEnrolment() async throws {
        try await TestApp.run(secondFactorRequired: true) { browser, _ in
            let login = try await browser.login(as: .prefecture)
            #expect(login.location == "/accueil")
        }
    }

    @Test func theSecondStepCannotBeSkippedByGoingElsewhere() async throws {
        try await TestApp.run(secondFactorRequired: true) { browser, app in
            try await browser.login(as: .partenaire)
            try await browser.get("/compte/double-authentification")
            let secret = try #require(try await Self.pendingSecret(app, email: "partenaire@demo.parcours.test"))
            let code = String(format: "%06d", TOTP(secret: secret).compute(date: app.time.now()))
            try await browser.post("/compte/double-authentification", form: [("code", code)])
            try await browser.post("/deconnexion", form: [])
            try await browser.login(as: .partenaire)
            for path in ["/accueil", "/referentiels", "/compte"] {
                let response = try await browser.get(path)
                #expect(response.status == .seeOther, "\(path)")
                #expect(response.location?.hasPrefix("/connexion") == true, "\(path)")
            }
        }
    }

    static func pendingSecret(_ app: TestApp, email: String) async throws -> String? {
        try await app.database.read { sql in
            try await sql.raw("SELECT totp_pending_secret FROM accounts WHERE email = \(bind: email)").first()?
                .decode(column: "totp_pending_secret", as: String?.self)
        }
    }
}
