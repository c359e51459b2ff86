import Domain
import SampleData
import TestSupport
import Testing

@Suite("Pages d'accueil : rien de promis qui n'existe pas, les chiffres clés, les orientations à suivre")
struct HomePageTests {
    @Test(arguments: [Role.prefecture, .dreets, .national])
    func steeringRolesSeeTheirKeyFiguresAndNoModuleNotBuilt(role: Role) async throws {
        try await TestApp.run { browser, app in
            try await DemoCasework(environment: app.services).load()
            try await browser.login(as: role)
            let page = try await browser.get("/accueil").text
            #expect(page.contains("Chiffres clés"))
            #expect(page.contains("Orientations vers AGIR"))
            for unbuilt in ["appels à projets", "CTAI", "BOP 104", "subvention", "événements"] {
                #expect(!page.contains(unbuilt), "« \(unbuilt) » promis sur l'accueil")
            }
        }
    }

    @Test func theOfiiAgentSeesPendingAndRefusedReferrals() async throws {
        try await TestApp.run { browser, app in
            try await DemoCasework(environment: app.services).load()
            try await browser.login(as: .ofii)
            let page = try await browser.get("/accueil").text
            #expect(page.contains("En attente de l&#39;opérateur") || page.contains("En attente de l'opérateur"))
            #expect(page.contains("HAKIMI Farid"))
            #expect(page.contains("Refusées par l&#39;opérateur") || page.contains("Refusées par l'opérateur"))
            #expect(page.contains("BAKARI Amani"))
            #expect(
                page.contains("centre provisoire d&#39;hébergement") || page.contains("centre provisoire d'hébergement")
            )
        }
    }
}
