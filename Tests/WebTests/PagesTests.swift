import Domain
import HTTPTypes
import TestSupport
import Testing
import Web

@Suite("Pages, erreurs et exploitation")
struct PagesTests {
    @Test func anUnknownAddressGetsTheFrenchNotFoundPage() async throws {
        try await TestApp.run { browser, _ in
            let response = try await browser.get("/nulle-part")
            #expect(response.status == .notFound)
            #expect(response.text.contains("Page introuvable"))
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
        }
    }

    @Test func jsonClientsGetAProblemDocument() async throws {
        try await TestApp.run { browser, _ in
            let response = try await browser.get("/nulle-part", json: true)
            #expect(response.status == .notFound)
            #expect(response.headers[.contentType] == "application/problem+json")
            #expect(response.text.contains("\"status\":404"))
            #expect(response.text.contains("\"title\":\"Page introuvable\""))
            #expect(response.text.contains("\"instance\":\"/nulle-part\""))
        }
    }

    @Test func everyPageCarriesTheSecurityHeaders() async throws {
        try await TestApp.run { browser, _ in
            let response = try await browser.get("/connexion")
            let csp = response.headers[.contentSecurityPolicy] ?? ""
            #expect(csp.contains("script-src 'self'"))
            #expect(!csp.contains("unsafe-inline"))
            #expect(csp.contains("frame-ancestors 'none'"))
            #expect(response.headers[.xContentTypeOptions] == "nosniff")
            #expect(response.text.contains("class=\"skip-link\" href=\"#contenu\""))
        }
    }

    @Test func healthReadinessAndMetricsAnswer() async throws {
        let token = "jeton-de-supervision-des-tests-0123456789"
        try await TestApp.run(settings: ["PARCOURS_METRICS_TOKEN": token]) { browser, _ in
            #expect(try await browser.get("/healthz").text == "ok\n")
            #expect(try await browser.get("/readyz").status == .ok)
            try await browser.get("/connexion")
            browser.extraHeaders[.authorization] = "Bearer \(token)"
            let metrics = try await browser.get("/metrics")
            #expect(
                metrics.text.contains(
                    "parcours_http_requests_total{method=\"GET\",route=\"/connexion\",status=\"200\"} 1"
                )
            )
        }
    }

    @Test func staticFilesAreCachedForAYear() async throws {
        try await TestApp.run { browser, _ in
            let css = try await browser.get("/static/parcours.css?v=1")
            #expect(css.status == .ok)
            #expect(css.headers[.cacheControl]?.contains("max-age=31536000") == true)
            #expect(css.text.contains(":focus-visible"))
            #expect(try await browser.get("/static/parcours.js").status == .ok)
        }
    }

    @Test func theAccessibilityStatementIsPublic() async throws {
        try await TestApp.run { browser, _ in
            let response = try await browser.get("/accessibilite")
            #expect(response.status == .ok)
            #expect(response.text.contains("Déclaration d&#39;accessibilité"))
            #expect(response.text.contains("RGAA"))
        }
    }
}
