import Domain
import SafeHTML
import SampleData
import Services
import TestSupport
import Testing

@Suite("Connexion par le navigateur")
struct LoginFlowTests {
    @Test(arguments: Role.allCases)
    func eachDemoRoleLandsOnItsOwnHomePage(role: Role) async throws {
        try await TestApp.run { browser, _ in
            let login = try await browser.login(as: role)
            #expect(login.status == .seeOther)
            #expect(login.location == "/accueil")
            let home = try await browser.get("/accueil")
            #expect(home.status == .ok)
            #expect(home.text.contains(MarkupEscaping.escaped(role.label)))
            #expect(home.text.contains("<html lang=\"fr\">"))
            #expect(home.text.contains("Se déconnecter"))
        }
    }

    @Test func anonymousVisitorsAreSentToLoginAndBroughtBack() async throws {
        try await TestApp.run { browser, _ in
            let response = try await browser.get("/referentiels/pays?page=2")
            #expect(response.status == .seeOther)
            #expect(response.location == "/connexion?suite=%2Freferentiels%2Fpays%3Fpage%3D2")
            try await browser.get(response.location ?? "")
            let login = try await browser.post(
                "/connexion",
                form: [
                    ("email", "prefecture@demo.parcours.test"), ("password", DemoDepartement.password),
                    ("suite", "/referentiels/pays?page=2"),
                ]
            )
            #expect(login.location == "/referentiels/pays?page=2")
        }
    }

    @Test func aReturnPathToAnotherSiteIsIgnored() async throws {
        try await TestApp.run { browser, _ in
            try await browser.get("/connexion")
            let login = try await browser.post(
                "/connexion",
                form: [
                    ("email", "dpo@demo.parcours.test"), ("password", DemoDepartement.password),
                    ("suite", "//exemple.com/piege"),
                ]
            )
            #expect(login.location == "/accueil")
        }
    }

    @Test func aWrongPasswordShowsAFrenchMessageOnTheField() async throws {
        try await TestApp.run { browser, _ in
            let response = try await browser.login(as: .referent, password: "pas-le-bon-mot-de-passe")
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("Adresse e-mail ou mot de passe incorrect."))
            #expect(response.text.contains("aria-invalid=\"true\""))
            #expect(response.text.contains("value=\"referent@demo.parcours.test\""))
            #expect(!browser.hasCookie("parcours_session"))
        }
    }

    @Test func aFormWithoutTheCsrfTokenIsRefusedAndNothingHappens() async throws {
        try await TestApp.run { browser, _ in
            try await browser.get("/connexion")
            let response = try await browser.post(
                "/connexion",
                form: [("email", "referent@demo.parcours.test"), ("password", DemoDepartement.password)],
                csrf: "jeton-forge-par-un-autre-site"
            )
            #expect(response.status == .forbidden)
            #expect(response.text.contains("Formulaire refusé"))
            #expect(!browser.hasCookie("parcours_session"))
        }
    }

    @Test func logoutEndsTheSessionAndSaysSo() async throws {
        try await TestApp.run { browser, _ in
            try await browser.login(as: .admin)
            try await browser.get("/accueil")
            let logout = try await browser.post("/deconnexion", form: [])
            #expect(logout.location == "/connexion")
            let login = try await browser.get("/connexion")
            #expect(login.text.contains("Vous êtes déconnecté."))
            #expect(try await browser.get("/accueil").status == .seeOther)
        }
    }

    @Test func logoutWithoutTheSessionTokenIsRefused() async throws {
        try await TestApp.run { browser, _ in
            try await browser.login(as: .admin)
            let response = try await browser.post("/deconnexion", form: [], csrf: "autre")
            #expect(response.status == .forbidden)
            #expect(try await browser.get("/accueil").status == .ok)
        }
    }

    @Test func anIdleSessionSendsBackToLogin() async throws {
        try await TestApp.run { browser, app in
            try await browser.login(as: .ofii)
            #expect(try await browser.get("/accueil").status == .ok)
            app.time.advance(by: 2 * 3600 + 1)
            #expect(try await browser.get("/accueil").status == .seeOther)
        }
    }

    @Test func sessionCookiesAreHttpOnlyAndSameSiteLax() async throws {
        try await TestApp.run { browser, _ in
            let response = try await browser.login(as: .referent)
            let cookie = response.headers[values: .setCookie].first { $0.hasPrefix("parcours_session=") } ?? ""
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(!cookie.contains("Secure"))
        }
    }
}
