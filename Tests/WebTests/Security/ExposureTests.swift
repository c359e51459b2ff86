import Domain
import Foundation
import HTTPTypes
import Services
import TestSupport
import Testing

/// Headers and exposure: HSTS and `__Host-` cookies behind TLS, HEAD like GET, `/metrics` kept to its readers.
@Suite("En-têtes et exposition")
struct ExposureTests {
    static let secure = ["PARCOURS_SECURE_COOKIES": "true"]

    @Test func secureCookiesBringHSTSAndHostPrefixedNames() async throws {
        try await TestApp.run(settings: Self.secure) { browser, _ in
            let page = try await browser.get("/connexion")
            #expect(page.headers[HTTPField.Name("Strict-Transport-Security")!]?.hasPrefix("max-age=") == true)
            #expect(browser.hasCookie("__Host-parcours_csrf"))
            let login = try await browser.login(as: .prefecture)
            #expect(login.location == "/accueil")
            #expect(browser.hasCookie("__Host-parcours_session"))
            #expect(!browser.hasCookie("parcours_session"))
            #expect(try await browser.get("/accueil").status == .ok)
        }
    }

    @Test func plainHTTPHasNeitherHSTSNorPrefixedNames() async throws {
        try await TestApp.run { browser, _ in
            let page = try await browser.get("/connexion")
            #expect(page.headers[HTTPField.Name("Strict-Transport-Security")!] == nil)
            #expect(browser.hasCookie("parcours_csrf"))
        }
    }

    @Test func headIsAnsweredLikeGetWithoutABody() async throws {
        try await TestApp.run { browser, _ in
            let anonymous = try await browser.head("/connexion")
            #expect(anonymous.status == .ok)
            #expect(anonymous.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(anonymous.body.readableBytes == 0)
            try await browser.login(as: .national)
            let home = try await browser.head("/accueil")
            #expect(home.status == .ok)
            #expect(home.body.readableBytes == 0)
            #expect(try await browser.head("/pilotage/france").status == .ok)
        }
    }

    @Test func metricsAreRefusedToAnUnknownAddress() async throws {
        try await TestApp.run { browser, _ in
            let metrics = try await browser.get("/metrics")
            #expect(metrics.status == .forbidden)
        }
    }

    @Test func metricsAreServedToLoopbackByDefault() async throws {
        try await TestApp.run(live: true) { browser, _ in
            // A first request, so that there is something to count.
            try await browser.get("/connexion")
            let metrics = try await browser.get("/metrics")
            #expect(metrics.status == .ok)
            #expect(metrics.text.contains("parcours_http_requests_total"))
        }
    }

    @Test func metricsThroughAProxyFromAnotherAddressAreRefused() async throws {
        try await TestApp.run(settings: ["PARCOURS_TRUSTED_PROXIES": "127.0.0.1"], live: true) { browser, _ in
            browser.extraHeaders[HTTPField.Name("X-Forwarded-For")!] = "203.0.113.9"
            let metrics = try await browser.get("/metrics")
            #expect(metrics.status == .forbidden)
        }
    }

    @Test func metricsWithTheConfiguredTokenAreServedFromAnywhere() async throws {
        let token = "jeton-de-supervision-assez-long-0123456789"
        try await TestApp.run(settings: ["PARCOURS_METRICS_TOKEN": token]) { browser, _ in
            let withoutToken = try await browser.get("/metrics")
            #expect(withoutToken.status == .forbidden)
            browser.extraHeaders[.authorization] = "Bearer autre-chose"
            let wrongToken = try await browser.get("/metrics")
            #expect(wrongToken.status == .forbidden)
            browser.extraHeaders[.authorization] = "Bearer \(token)"
            let rightToken = try await browser.get("/metrics")
            #expect(rightToken.status == .ok)
        }
    }
}
