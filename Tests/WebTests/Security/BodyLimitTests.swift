import Domain
import Foundation
import Services
import TestSupport
import Testing
import Web

/// An oversized body is refused with 413: the French page on forms, a problem document on the API.
@Suite("Corps de requête trop volumineux")
struct BodyLimitTests {
    static let threeMegabytes = String(repeating: "a", count: 3 * 1024 * 1024)

    @Test func anOversizedFormGetsTheFrenchPage() async throws {
        try await TestApp.run { browser, _ in
            try await browser.get("/connexion")
            let response = try await browser.post(
                "/connexion",
                body: "email=" + Self.threeMegabytes,
                contentType: "application/x-www-form-urlencoded"
            )
            #expect(response.status == .contentTooLarge)
            #expect(response.text.contains("<html lang=\"fr\">"))
            #expect(response.text.contains("trop volumineu"))
        }
    }

    @Test func anOversizedAPIBodyGetsAProblemDocument() async throws {
        try await TestApp.run { browser, app in
            let token = try await ApiTokenScopeTests.token(app, role: .national)
            let response = try await browser.api(
                "/api/v1/agir/eligibility",
                token: token,
                method: .post,
                json: "{\"x\":\"" + Self.threeMegabytes + "\"}"
            )
            #expect(response.status == .contentTooLarge)
            #expect(response.headers[.contentType] == "application/problem+json")
            #expect(response.text.contains("\"status\":413"))
        }
    }
}

/// A body on a method that reads none is no reason for a 413 (found by schemathesis: GET with a body on a POST path).
@Suite("Corps sur une méthode sans corps")
struct BodylessMethodTests {
    @Test func aGetWithABodyOnAPathThatOnlyTakesPostIsA405() async throws {
        try await TestApp.run { browser, app in
            let token = try await ApiTokenScopeTests.token(app, role: .national)
            let response = try await browser.api(
                "/api/v1/agir/eligibility",
                token: token,
                method: .get,
                json: "{\"referral_date\": \"2026-01-01\"}"
            )
            #expect(response.status == .methodNotAllowed)
        }
    }
}

/// The limit is the route's own, not Hummingbird's default.
@Suite("Limite de corps par adresse")
struct RouteBodyLimitTests {
    @Test func aFormJustOverItsRoutesLimitIsRefusedAndOneUnderIsRead() async throws {
        try await TestApp.run { browser, _ in
            try await browser.get("/connexion")
            let token = try #require(browser.csrfToken)
            let over = String(repeating: "a", count: BodyLimit.form + 1)
            let refused = try await browser.post(
                "/connexion",
                body: "email=" + over,
                contentType: "application/x-www-form-urlencoded"
            )
            #expect(refused.status == .contentTooLarge)
            #expect(refused.text.contains("256 Ko"))
            let under = "_csrf=\(token)&email=a%40b.fr&password=" + String(repeating: "a", count: 1000)
            let read = try await browser.post(
                "/connexion",
                body: under,
                contentType: "application/x-www-form-urlencoded"
            )
            #expect(read.status == .unprocessableContent)
        }
    }
}
