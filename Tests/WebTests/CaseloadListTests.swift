import Domain
import Foundation
import Persistence
import SampleData
import Services
import TestSupport
import Testing

@Suite("Liste des ménages à grande échelle : filtres en SQL, pagination")
struct CaseloadListTests {
    @Test func aManagersLongListIsPagedAndKeepsItsFilters() async throws {
        try await TestApp.run(demo: false) { browser, app in
            try await SeedService(environment: app.services).run(scale: .tiny, seed: 3)
            try await browser.login(email: SeedAccounts.email("responsable", "69"), password: SeedAccounts.password)
            let first = try await browser.get("/menages?tous=1&tri=nom")
            let caption = try #require(
                first.text.firstMatch(of: /<caption>(\d+) ménages, page 1 sur (\d+)<\/caption>/)
            )
            let total = Int(caption.1) ?? 0
            #expect(total > 100)
            #expect(Int(caption.2) == (total + 49) / 50)
            #expect(
                first.text.contains("href=\"/menages?tous=1&amp;tri=nom&amp;page=2\"")
                    || first.text.contains("tri=nom&page=2")
            )
            let names = first.text.matches(of: /href="\/menages\/[^"]+">([^<]+)<\/a>/).map { String($0.1) }
            #expect(names.count == 50)
            #expect(names == names.sorted { SearchKey.fold($0) < SearchKey.fold($1) })
            // A page past the end shows the last one.
            let beyond = try await browser.get("/menages?tous=1&page=99")
            #expect(beyond.text.contains("page \(Int(caption.2) ?? 0) sur \(Int(caption.2) ?? 0)"))
            // Households in support per caseworker are counted over the whole organisation, not one page, from
            // their welcome interview.
            let counted = first.text.matches(of: /<td class="numeric">(\d+)<\/td>/).compactMap { Int($0.1) }
            let inSupport = try await app.services.database.read { sql in
                try await sql.raw(
                    "SELECT COUNT(*) AS n FROM households WHERE stage = 'accompagnement' AND welcome_interview_on IS NOT NULL"
                ).first()?
                .decode(column: "n", as: Int.self)
            }
            #expect(counted.reduce(0, +) == inSupport)
        }
    }

    @Test func theContractDeadlineFilterUsesTheRuleOfOneMonthAfterTheCIR() async throws {
        try await TestApp.run { browser, _ in
            // Amina signed her CIR on 2 November 2026: her contract is due on 2 December, within 30 days of 27 November.
            _ = try await CaseworkFlowTests.assignedHousehold(browser)
            let soon = try await browser.get("/menages?echeance=contrat_30_jours")
            #expect(soon.text.contains("AHMADZAI Amina"))
            let passed = try await browser.get("/menages?echeance=contrat_depasse")
            #expect(!passed.text.contains("AHMADZAI Amina"))
            #expect(passed.text.contains("Aucun ménage ne correspond à ces critères."))
        }
    }

    @Test func aNameSearchIgnoresAccentsCaseAndIsNotAWildcard() async throws {
        try await TestApp.run { browser, _ in
            _ = try await CaseworkFlowTests.assignedHousehold(browser)
            #expect(try await browser.get("/menages?recherche=ahmadzai").text.contains("AHMADZAI Amina"))
            #expect(try await browser.get("/menages?recherche=%C3%A2mina").text.contains("AHMADZAI Amina"))
            #expect(!(try await browser.get("/menages?recherche=ah%25zai").text.contains("AHMADZAI Amina")))
        }
    }
}
