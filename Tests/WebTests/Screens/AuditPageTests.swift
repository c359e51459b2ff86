import Domain
import Foundation
import Services
import TestSupport
import Testing

@Suite("Journal d'audit du DPO : heure locale, liens, champs en français, recherche par nom")
struct AuditPageTests {
    @Test func anInvertedPeriodIsAnError() async throws {
        try await TestApp.run { browser, _ in
            try await browser.login(as: .dpo)
            let page = try await browser.get("/audit?du=2026-11-27&au=2026-11-01")
            #expect(page.status == .unprocessableContent)
            #expect(page.text.contains("La date de fin est avant la date de début"))
        }
    }

    @Test func theOfficerFindsAPersonByNameAndReadsTheirEventsInLocalTime() async throws {
        try await TestApp.run { browser, _ in
            // The caseworker opens Amina's file: the operator's officer sees that read.
            let file = try await CaseworkFlowTests.assignedHousehold(browser)
            try await browser.get(file)
            try await browser.post("/deconnexion", form: [])
            try await browser.login(as: .dpo)
            // Typed without the accent or the capitals the file has.
            let page = try await browser.get("/audit?nom=amina+ahmadzai").text
            #expect(page.contains("Personnes au nom proche de « amina ahmadzai » : 1 fiche"))
            #expect(page.contains("AHMADZAI Amina, née ou né en 1994"))
            #expect(page.contains("Consultation d&#39;un dossier") || page.contains("Consultation d'un dossier"))
            #expect(page.contains("Date (heure de Paris)"))
            // 27 November 2026 at 10:00 UTC is 11:00 in Paris.
            #expect(page.contains("27 novembre 2026 à 11:00"))
            #expect(page.contains("href=\"/audit?objet=menage%3A") || page.contains("href=\"/audit?objet=menage:"))
            #expect(!page.contains("Date (UTC)"))
            let nobody = try await browser.get("/audit?nom=zzyzx+qwerty").text
            #expect(nobody.contains("Aucune personne ne porte un nom proche"))
            #expect(nobody.contains("0 événement."))
        }
    }
}
