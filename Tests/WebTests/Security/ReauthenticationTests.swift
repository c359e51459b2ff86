import Domain
import Foundation
import HummingbirdOTP
import SampleData
import Services
import TestSupport
import Testing

/// Sensitive changes ask again who is at the keyboard: the current password, or a current code; throttled.
@Suite("Réauthentification avant les changements sensibles")
struct ReauthenticationTests {
    @Test func wrongCurrentPasswordsAreThrottledLikeLogins() async throws {
        try await TestApp.run { browser, _ in
            try await browser.login(as: .prefecture)
            try await browser.get("/compte")
            let form: (String) -> [(String, String)] = { current in
                [
                    ("current", current), ("new", "une toute nouvelle phrase"),
                    ("confirmation", "une toute nouvelle phrase"),
                ]
            }
            for _ in 0..<LoginService.failuresPerAccount {
                let wrong = try await browser.post("/compte/mot-de-passe", form: form("pas le bon mot de passe"))
                #expect(wrong.status == .unprocessableContent)
            }
            let right = try await browser.post("/compte/mot-de-passe", form: form(DemoDepartement.password))
            #expect(right.status == .tooManyRequests)
            #expect(right.text.contains("Trop de tentatives"))
        }
    }

    @Test func disablingTheSecondFactorAsksForACurrentCode() async throws {
        try await TestApp.run { browser, app in
            try await browser.login(as: .national)
            try await browser.get("/compte/double-authentification")
            let secret = try #require(
                try await SecondFactorTests.pendingSecret(app, email: "national@demo.parcours.test")
            )
            let code = String(format: "%06d", TOTP(secret: secret).compute(date: app.time.now()))
            try await browser.post("/compte/double-authentification", form: [("code", code)])
            try await browser.get("/compte")

            let withoutCode = try await browser.post("/compte/double-authentification/desactivation", form: [])
            #expect(withoutCode.status == .unprocessableContent)
            let wrongCode = try await browser.post(
                "/compte/double-authentification/desactivation",
                form: [("code", "000000")]
            )
            #expect(wrongCode.status == .unprocessableContent)
            #expect(try await browser.get("/compte").text.contains("Activée : un code est demandé"))

            app.time.advance(by: 60)
            let next = String(format: "%06d", TOTP(secret: secret).compute(date: app.time.now()))
            let disabled = try await browser.post(
                "/compte/double-authentification/desactivation",
                form: [("code", next)]
            )
            #expect(disabled.status == .seeOther)
            #expect(try await browser.get("/compte").text.contains("Non activée."))
        }
    }

    @Test func creatingATokenAsksForTheCurrentPassword() async throws {
        try await TestApp.run { browser, app in
            try await browser.login(as: .dreets)
            try await browser.get("/compte")
            let refused = try await browser.post("/compte/jetons", form: [("name", "script"), ("days", "30")])
            #expect(refused.status == .unprocessableContent)
            let wrong = try await browser.post(
                "/compte/jetons",
                form: [("name", "script"), ("days", "30"), ("password", "pas le bon mot de passe")]
            )
            #expect(wrong.status == .unprocessableContent)
            let count = try await app.database.read { sql in
                try await sql.raw("SELECT COUNT(*) AS n FROM api_tokens").first()?.decode(column: "n", as: Int.self)
            }
            #expect(count == 0)
            let created = try await browser.post(
                "/compte/jetons",
                form: [("name", "script"), ("days", "30"), ("password", DemoDepartement.password)]
            )
            #expect(created.text.contains("Jeton « script » créé"))
        }
    }
}
