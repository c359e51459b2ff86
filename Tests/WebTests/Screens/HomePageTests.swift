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
            // Nothing promised that is not there: every page the home page links to opens for this role.
            let links = Set(
                page.matches(of: /href="(\/[^"#?]*)/).map { String($0.1) }.filter {
                    !$0.hasPrefix("/static/") && $0 != "/deconnexion"
                }
            )
            #expect(links.count > 5)
            for link in links.sorted() {
                let status = try await browser.get(link).status
                #expect([.ok, .seeOther].contains(status), "\(link) : \(status)")
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
