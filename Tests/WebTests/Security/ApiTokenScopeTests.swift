import Domain
import Foundation
import HTTPTypes
import SampleData
import Services
import TestSupport
import Testing

/// A token is never stronger than a session: only `/api/*`, no token management, revoked with the password.
@Suite("Jetons d'API : portée")
struct ApiTokenScopeTests {
    static func token(_ app: TestApp, role: Role) async throws -> String {
        let accounts = try await AccountService(environment: app.services).list(actor: nil)
        let owner = try #require(accounts.first { $0.summary.role == role }).summary
        return try await ApiTokenService(environment: app.services).create(
            account: owner,
            name: "script",
            days: 90,
            confirmation: .commandLine
        )
        .value
    }

    @Test func aTokenOpensTheAPIButNoPage() async throws {
        try await TestApp.run { browser, app in
            let token = try await Self.token(app, role: .admin)
            #expect(try await browser.api("/api/v1/me", token: token).status == .ok)
            for page in ["/accueil", "/admin/comptes", "/compte", "/audit"] {
                let response = try await browser.api(page, token: token)
                #expect(response.status == .unauthorized, "\(page)")
            }
        }
    }

    @Test func aTokenCannotCreateOrRevokeTokens() async throws {
        try await TestApp.run { browser, app in
            let token = try await Self.token(app, role: .national)
            browser.extraHeaders[.authorization] = "Bearer \(token)"
            let created = try await browser.post(
                "/compte/jetons",
                body: "name=autre&days=365",
                contentType: "application/x-www-form-urlencoded"
            )
            #expect(created.status == .unauthorized)
            browser.extraHeaders = [:]
            let count = try await app.database.read { sql in
                try await sql.raw("SELECT COUNT(*) AS n FROM api_tokens").first()?.decode(column: "n", as: Int.self)
            }
            #expect(count == 1)
        }
    }

    @Test func changingOnesPasswordRevokesOnesTokens() async throws {
        try await TestApp.run { browser, app in
            let token = try await Self.token(app, role: .prefecture)
            try await browser.login(as: .prefecture)
            try await browser.get("/compte")
            let changed = try await browser.post(
                "/compte/mot-de-passe",
                form: [
                    ("current", DemoDepartement.password), ("new", "une toute nouvelle phrase"),
                    ("confirmation", "une toute nouvelle phrase"),
                ]
            )
            #expect(changed.status == .seeOther)
            #expect(try await browser.api("/api/v1/me", token: token).status == .unauthorized)
        }
    }

    @Test func aPasswordResetRevokesTheAccountsTokens() async throws {
        try await TestApp.run { browser, app in
            let token = try await Self.token(app, role: .dreets)
            _ = try await AccountService(environment: app.services).resetPassword(
                email: DemoDepartement.email(for: .dreets),
                password: "une toute nouvelle phrase",
                actor: nil
            )
            #expect(try await browser.api("/api/v1/me", token: token).status == .unauthorized)
        }
    }

    @Test func anAccountThatMustEnrolASecondFactorIsRefusedOnTheAPIUntilItHas() async throws {
        try await TestApp.run(secondFactorRequired: true) { browser, app in
            let token = try await Self.token(app, role: .referent)
            let refused = try await browser.api("/api/v1/me", token: token)
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("double authentification"))
            // A role that does not need it is not held.
            let national = try await Self.token(app, role: .national)
            #expect(try await browser.api("/api/v1/me", token: national).status == .ok)
        }
    }
}
