import Domain
import SampleData
import Services
import TestSupport
import Testing

/// After login, only a path of Parcours itself is followed, whatever encoding tricks the link uses.
@Suite("Redirection après connexion")
struct ReturnPathTests {
    /// The usual open-redirect bypasses, as they reach the server once the form is decoded.
    static let bypasses = [
        "//exemple.com", "/\\exemple.com", "/\t/exemple.com", "/\n/exemple.com", "/\r/exemple.com", "https:exemple.com",
        "https://exemple.com", "%2F%2Fexemple.com", "/%09/exemple.com", "/%2F/exemple.com", "\\\\exemple.com",
        "\\/exemple.com", "javascript:alert(1)", "JaVaScRiPt:alert(1)", " //exemple.com", "\u{0}//exemple.com",
        "/\u{0}/exemple.com", "///exemple.com", "/./\\exemple.com", "/%5Cexemple.com", "//%09exemple.com",
        "data:text/html,piege", "/accueil\r\nSet-Cookie: x=y", "\u{3000}//exemple.com", "／／exemple.com",
    ]

    @Test(arguments: bypasses)
    func aBypassAttemptLandsOnTheHomePage(suite: String) async throws {
        try await TestApp.run { browser, _ in
            try await browser.get("/connexion")
            let login = try await browser.post(
                "/connexion",
                form: [("email", "dpo@demo.parcours.test"), ("password", DemoDepartement.password), ("suite", suite)]
            )
            #expect(login.location == "/accueil")
        }
    }

    @Test func aPathOfParcoursIsFollowed() async throws {
        try await TestApp.run { browser, _ in
            try await browser.get("/connexion")
            let login = try await browser.post(
                "/connexion",
                form: [
                    ("email", "dpo@demo.parcours.test"), ("password", DemoDepartement.password),
                    ("suite", "/audit?action=session.ouverture"),
                ]
            )
            #expect(login.location == "/audit?action=session.ouverture")
        }
    }
}
