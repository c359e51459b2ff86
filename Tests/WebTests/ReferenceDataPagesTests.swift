import Domain
import TestSupport
import Testing

@Suite("Référentiels et sélecteurs territoriaux")
struct ReferenceDataPagesTests {
    @Test func departementsListShowsAgirDeployment() async throws {
        try await TestApp.run { browser, _ in
            try await browser.login(as: .national)
            let page = try await browser.get("/referentiels")
            #expect(page.status == .ok)
            #expect(page.text.contains("Rhône"))
            #expect(page.text.contains("1er juin 2024"))
            #expect(page.text.contains("Non couvert"))
            #expect(page.text.contains("34920 communes"))
        }
    }

    @Test func communeSearchWorksWithoutJavaScript() async throws {
        try await TestApp.run { browser, _ in
            try await browser.login(as: .referent)
            let page = try await browser.get("/referentiels/communes?q=vaulx&departement=69")
            #expect(page.text.contains("Vaulx-en-Velin"))
            #expect(page.text.contains("69256"))
            #expect(page.text.contains("QN069"))
            #expect(page.text.contains("<option value=\"69\" selected>Rhône (69)</option>"))
        }
    }

    @Test func communeSearchPaginatesAndSaysWhenNothingMatches() async throws {
        try await TestApp.run { browser, _ in
            try await browser.login(as: .referent)
            let first = try await browser.get("/referentiels/communes?q=saint")
            #expect(first.text.contains("Page 1 sur"))
            #expect(first.text.contains("Page suivante"))
            let none = try await browser.get("/referentiels/communes?q=zzzzzz")
            #expect(none.text.contains("Aucune commune ne correspond"))
        }
    }

    @Test func communeSuggestionsAreJson() async throws {
        try await TestApp.run { browser, _ in
            try await browser.login(as: .referent)
            let response = try await browser.get("/referentiels/communes.json?q=villeurb", json: true)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            #expect(
                response.text == "[{\"code\":\"69266\",\"libelle\":\"Villeurbanne (69266)\",\"nom\":\"Villeurbanne\"}]"
            )
        }
    }

    @Test func countriesArePaginatedByFifty() async throws {
        try await TestApp.run { browser, _ in
            try await browser.login(as: .partenaire)
            let page = try await browser.get("/referentiels/pays?page=5")
            #expect(page.text.contains("Page 5 sur 5"))
            #expect(page.text.contains("Page précédente"))
            #expect(!page.text.contains("Page suivante"))
        }
    }
}
