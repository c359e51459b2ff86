import Domain
import Services
import TestSupport
import Testing

@Suite("Mot de passe provisoire : changé à la première connexion ; mot de passe oublié")
struct TemporaryPasswordTests {
    @Test func aPasswordResetByTheAdministratorMustBeChangedBeforeAnythingElse() async throws {
        try await TestApp.run { browser, app in
            let temporary = try await AccountService(environment: app.services).resetPassword(
                email: "referent@demo.parcours.test",
                actor: nil
            )
            try await browser.login(email: "referent@demo.parcours.test", password: temporary)
            let home = try await browser.get("/menages")
            #expect(home.status == .seeOther)
            #expect(home.location == "/compte")
            let page = try await browser.get("/compte")
            #expect(page.text.contains("Choisissez votre mot de passe"))
            let changed = try await browser.post(
                "/compte/mot-de-passe",
                form: [
                    ("current", temporary), ("new", "une phrase de passe bien à moi"),
                    ("confirmation", "une phrase de passe bien à moi"),
                ]
            )
            #expect(changed.location == "/compte")
            #expect(try await browser.get("/menages").status == .ok)
        }
    }

    @Test func aForgottenPasswordIsADocumentedRequestToTheAdministrator() async throws {
        try await TestApp.run { browser, app in
            let login = try await browser.get("/connexion")
            #expect(login.text.contains("Mot de passe oublié ?"))
            try await browser.get("/connexion/mot-de-passe-oublie")
            let sent = try await browser.post(
                "/connexion/mot-de-passe-oublie",
                form: [("email", "referent@demo.parcours.test")]
            )
            #expect(sent.status == .ok)
            #expect(sent.text.contains("Si un compte actif correspond à cette adresse"))
            // The same answer for an unknown address: the page never tells who has an account.
            let unknown = try await browser.post("/connexion/mot-de-passe-oublie", form: [("email", "x@exemple.fr")])
            #expect(unknown.text.contains("Si un compte actif correspond à cette adresse"))
            try await browser.login(as: .admin)
            let accounts = try await browser.get("/admin/comptes").text
            let camille = try #require(accounts.firstMatch(of: /Camille Martin<\/th>(.*?)<\/tr>/)).1
            #expect(camille.contains("réinitialisation demandée le"))
        }
    }
}
