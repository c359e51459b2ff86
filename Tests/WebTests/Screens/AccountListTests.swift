import Domain
import TestSupport
import Testing

@Suite("Liste des comptes : recherche, dernière connexion, double authentification")
struct AccountListTests {
    @Test func theAdministratorSearchesAccountsAndSeesLastLoginAndSecondFactor() async throws {
        try await TestApp.run { browser, _ in
            try await browser.login(as: .referent)
            try await browser.post("/deconnexion", form: [])
            try await browser.login(as: .admin)
            let all = try await browser.get("/admin/comptes").text
            #expect(all.contains("Dernière connexion"))
            #expect(all.contains("Double authentification"))
            // The caseworker signed in on 27 November 2026 at 11:00, Paris time; the partner never did.
            let camille = try #require(all.firstMatch(of: /Camille Martin<\/th>(.*?)<\/tr>/)).1
            #expect(camille.contains("27 novembre 2026 à 11:00"))
            let thomas = try #require(all.firstMatch(of: /Thomas Petit<\/th>(.*?)<\/tr>/)).1
            #expect(thomas.contains("Jamais"))
            let found = try await browser.get("/admin/comptes?recherche=camille").text
            #expect(found.contains("Camille Martin"))
            #expect(!found.contains("Thomas Petit"))
            #expect(found.contains("1 compte"))
        }
    }
}
