import Domain
import Foundation
import HTTPTypes
import Services
import TestSupport
import Testing

/// Behind a reverse proxy each person keeps their own address, and nobody else can choose theirs.
@Suite("Adresse du client derrière un mandataire")
struct ForwardedAddressTests {
    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!

    @Test func behindATrustedProxyOneSpentAddressDoesNotBlockAnother() async throws {
        try await TestApp.run(settings: ["PARCOURS_TRUSTED_PROXIES": "127.0.0.1, ::1"], live: true) { browser, _ in
            browser.extraHeaders[Self.forwardedFor] = "203.0.113.1"
            for index in 0..<LoginService.failuresPerAddress {
                try await browser.login(email: "inconnu\(index)@exemple.fr", password: "pas le bon mot de passe")
            }
            #expect(try await browser.login(as: .national).status == .tooManyRequests)
            browser.extraHeaders[Self.forwardedFor] = "198.51.100.7, 203.0.113.2"
            #expect(try await browser.login(as: .national).location == "/accueil")
        }
    }

    @Test func withoutATrustedProxyTheHeaderIsIgnored() async throws {
        try await TestApp.run(live: true) { browser, _ in
            for index in 0..<LoginService.failuresPerAddress {
                browser.extraHeaders[Self.forwardedFor] = "203.0.113.\(index)"
                try await browser.login(email: "inconnu\(index)@exemple.fr", password: "pas le bon mot de passe")
            }
            browser.extraHeaders[Self.forwardedFor] = "198.51.100.200"
            #expect(try await browser.login(as: .national).status == .tooManyRequests)
        }
    }
}
