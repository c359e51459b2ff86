import Domain
import Foundation
import TestSupport
import Testing

/// Issue 12, item 2, one test per finding: a stored value that closes an attribute must stay text. Each failed on
/// Plot, which wrote attribute values (and the `<meta>` copies of the page title) without escaping them.
@Suite("Injection HTML par les attributs : chaque cas signalé")
struct InjectionFindingsTests {
    static let payload = #""><meta http-equiv="refresh" content="0;url=https://x">' onmouseover='x"#

    /// Records an issue for each element or attribute of the page that only the payload could have added.
    static func expectClean(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let added = HTMLStructure.tokens(html).filter {
            $0.hasPrefix("<meta http-equiv") || $0.contains(" onmouseover")
        }
        #expect(added.isEmpty, "ajouté par la valeur : \(added)", sourceLocation: sourceLocation)
    }

    /// Loads the demo records, writes the payload into one column, signs in as `role`; returns the demo's pages.
    static func prepare(
        _ table: String,
        _ column: String,
        as role: Role,
        browser: Browser,
        app: TestApp
    ) async throws -> HostileRecords.Pages {
        let pages = try await HostileRecords.load(app)
        try await app.database.write { sql in
            try await sql.raw("UPDATE \(ident: table) SET \(ident: column) = \(bind: Self.payload)").run()
        }
        try await browser.login(as: role)
        return pages
    }

    @Test func aMemberNameInTheTitleAndTheAriaLabelsOfTheHouseholdFile() async throws {
        try await TestApp.run { browser, app in
            let pages = try await Self.prepare("persons", "document_names", as: .referent, browser: browser, app: app)
            let file = try await browser.get(pages.households[0])
            let titled = file.text.contains("<title>Ménage &quot;&gt;&lt;meta")
            #expect(titled)
            Self.expectClean(file.text)
            Self.expectClean(try await browser.get("/menages").text)
        }
    }

    @Test func diagnosisValuesInTheirFormFields() async throws {
        try await TestApp.run { browser, app in
            let pages = try await Self.prepare("diagnoses", "situation", as: .referent, browser: browser, app: app)
            let file = try await browser.get(pages.diagnosed).text
            let shown = file.contains(#"value="&quot;&gt;&lt;meta"#)
            #expect(shown)
            Self.expectClean(file)
        }
    }

    @Test func personDetailsInTheirFormFields() async throws {
        try await TestApp.run { browser, app in
            let pages = try await Self.prepare("persons", "languages", as: .referent, browser: browser, app: app)
            let file = try await browser.get(pages.households[0]).text
            let person = try #require(file.firstMatch(of: /personne=([^"#&]+)#identite/)?.1)
            let form = try await browser.get(pages.households[0] + "?personne=" + person).text
            let shown = form.contains(#"value="&quot;&gt;&lt;meta"#)
            #expect(shown)
            Self.expectClean(form)
        }
    }

    @Test func courseTitlesOnThePathwayPage() async throws {
        try await TestApp.run { browser, app in
            let pages = try await Self.prepare("courses", "title", as: .referent, browser: browser, app: app)
            let pathway = try await browser.get(pages.pathway).text
            let shown = pathway.contains(#"aria-label="Inscrire à : &quot;&gt;&lt;meta"#)
            #expect(shown)
            Self.expectClean(pathway)
        }
    }

    @Test func organisationNamesOnTheAdministrationPages() async throws {
        try await TestApp.run { browser, app in
            _ = try await Self.prepare("organisations", "name", as: .admin, browser: browser, app: app)
            let list = try await browser.get("/admin/organisations").text
            Self.expectClean(list)
            let organisation = try #require(list.firstMatch(of: /href="(\/admin\/organisations\/id[0-9]+)"/)?.1)
            let form = try await browser.get(String(organisation)).text
            let shown = form.contains(#"value="&quot;&gt;&lt;meta"#)
            #expect(shown)
            Self.expectClean(form)
        }
    }

    @Test func accountNamesInTheHeaderAndTheAdministrationPages() async throws {
        try await TestApp.run { browser, app in
            _ = try await Self.prepare("accounts", "display_name", as: .admin, browser: browser, app: app)
            let list = try await browser.get("/admin/comptes").text
            Self.expectClean(list)
            let account = try #require(list.firstMatch(of: /href="(\/admin\/comptes\/id[0-9]+)"/)?.1)
            let form = try await browser.get(String(account)).text
            let shown = form.contains(#"value="&quot;&gt;&lt;meta"#)
            #expect(shown)
            Self.expectClean(form)
        }
    }

    @Test func apiTokenNamesOnTheAccountPage() async throws {
        try await TestApp.run { browser, app in
            _ = try await Self.prepare("api_tokens", "name", as: .referent, browser: browser, app: app)
            let page = try await browser.get("/compte").text
            let shown = page.contains(#"aria-label="Révoquer le jeton &quot;&gt;&lt;meta"#)
            #expect(shown)
            Self.expectClean(page)
        }
    }
}
