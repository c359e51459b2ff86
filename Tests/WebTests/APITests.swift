import Domain
import Foundation
import SampleData
import Services
import TestSupport
import Testing
import Web

@Suite("API JSON et jetons personnels")
struct APITests {
    @Test func aTokenActsAsItsOwnerOnTheAPI() async throws {
        try await TestApp.run { browser, app in
            try await browser.login(as: .prefecture)
            try await browser.get("/compte")
            let created = try await browser.post(
                "/compte/jetons",
                form: [("name", "tableau de bord"), ("days", "30"), ("password", DemoDepartement.password)]
            )
            #expect(created.text.contains("Jeton « tableau de bord » créé"))
            let token = try #require(
                created.text.firstMatch(of: /<code class="secret">(prc_[A-Za-z0-9_-]+)<\/code>/)?.1
            )
            try await browser.post("/deconnexion", form: [])

            let me = try await browser.api("/api/v1/me", token: String(token))
            #expect(me.status == .ok)
            let json = try JSONSerialization.jsonObject(with: Data(me.text.utf8)) as? [String: Any]
            #expect(json?["email"] as? String == "prefecture@demo.parcours.test")
            #expect(json?["role"] as? String == "prefecture")
            #expect((json?["scope"] as? [String: Any])?["departements"] as? [String] == ["69"])
            // A token opens the API only, never a page.
            #expect(try await browser.api("/admin/comptes", token: String(token)).status == .unauthorized)

            app.time.advance(by: 31 * 86_400)
            let expired = try await browser.api("/api/v1/me", token: String(token))
            #expect(expired.status == .unauthorized)
            #expect(expired.headers[.contentType] == "application/problem+json")
        }
    }

    @Test func aRevokedTokenNoLongerOpensTheAPI() async throws {
        try await TestApp.run { browser, app in
            let accounts = try await AccountService(environment: app.services).list(actor: nil)
            let owner = try #require(accounts.first { $0.summary.role == .national }).summary
            let created = try await ApiTokenService(environment: app.services).create(
                account: owner,
                name: "script",
                days: 90,
                confirmation: .commandLine
            )
            #expect(try await browser.api("/api/v1/me", token: created.value).status == .ok)
            try await browser.login(as: .national)
            try await browser.get("/compte")
            let revoked = try await browser.post("/compte/jetons/\(created.token.id)/revocation", form: [])
            #expect(revoked.location == "/compte")
            #expect(try await browser.get("/compte").text.contains("Révoqué"))
            #expect(try await browser.api("/api/v1/me", token: created.value).status == .unauthorized)
        }
    }

    @Test func onlyTheOwnerCanRevokeAToken() async throws {
        try await TestApp.run { browser, app in
            let accounts = try await AccountService(environment: app.services).list(actor: nil)
            let owner = try #require(accounts.first { $0.summary.role == .national }).summary
            let created = try await ApiTokenService(environment: app.services).create(
                account: owner,
                name: "script",
                days: 90,
                confirmation: .commandLine
            )
            try await browser.login(as: .dreets)
            try await browser.get("/compte")
            #expect(
                try await browser.post("/compte/jetons/\(created.token.id)/revocation", form: []).status == .notFound
            )
            #expect(try await browser.api("/api/v1/me", token: created.value).status == .ok)
        }
    }

    @Test func tokensAreStoredHashedAndCreationIsAudited() async throws {
        try await TestApp.run { _, app in
            let accounts = try await AccountService(environment: app.services).list(actor: nil)
            let owner = try #require(accounts.first { $0.summary.role == .dpo }).summary
            let created = try await ApiTokenService(environment: app.services).create(
                account: owner,
                name: "export",
                days: 30,
                confirmation: .commandLine
            )
            let stored = try await app.database.read { sql in
                try await sql.raw("SELECT token_hash FROM api_tokens").all().map {
                    try $0.decode(column: "token_hash", as: String.self)
                }
            }
            #expect(stored == [TokenHash.of(created.value)])
            #expect(!stored.contains(created.value))
            #expect(try await app.services.verifyAuditLog() == .intact(events: 2))
        }
    }

    @Test func badTokensAndWrongMethodsGetProblems() async throws {
        try await TestApp.run { browser, _ in
            let unknown = try await browser.api("/api/v1/me", token: "prc_inconnu")
            #expect(unknown.status == .unauthorized)
            #expect(unknown.headers[.wwwAuthenticate] == "Bearer")
            #expect(unknown.text.contains("\"title\":\"Jeton refusé\""))
            let anonymous = try await browser.get("/api/v1/me", json: true)
            #expect(anonymous.status == .unauthorized)
            let trace = try await browser.api("/api/v1/me", token: "prc_inconnu", method: .trace)
            #expect(trace.status == .unauthorized || trace.status == .methodNotAllowed)
            let post = try await browser.get("/api/v1/me/nope", json: true)
            #expect(post.status == .notFound)
        }
    }

    @Test func wrongMethodsOnExistingPathsAre405WithAllow() async throws {
        try await TestApp.run { browser, _ in
            let response = try await browser.api("/api/v1/me", token: nil, method: .delete)
            #expect(response.status == .methodNotAllowed)
            #expect(response.headers[.allow] == "GET")
        }
    }

    @Test func theOpenAPIDocumentIsServedAndEveryOperationDeclaresAPolicy() async throws {
        try await TestApp.run { browser, _ in
            let spec = try await browser.get("/api/openapi.yaml")
            #expect(spec.status == .ok)
            #expect(spec.text.hasPrefix("openapi: 3.1.0"))
            let paths = spec.text.matches(of: /\n  (\/api\/[^:\n]+):\n/).map { String($0.1) }
            #expect(!paths.isEmpty)
            for path in paths {
                let pattern = path.replacing(/\{[^}]+\}/, with: SiteRoute.sample)
                #expect(SiteRoute.allCases.contains { $0.path == pattern }, "\(path) sans SiteRoute ni politique")
            }
        }
    }
}
