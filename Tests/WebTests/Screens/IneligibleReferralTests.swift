import Domain
import Foundation
import Persistence
import Services
import TestSupport
import Testing

@Suite("Orientation non éligible : montrée avant l'envoi, refusée sauf exception du préfet")
struct IneligibleReferralTests {
    static func form(_ changes: [String: String]) -> [(String, String)] {
        ReferralFlowTests.amina.map { field in (field.0, changes[field.0] ?? field.1) }
            + changes.filter { key, _ in !ReferralFlowTests.amina.contains { $0.0 == key } }.map { ($0.key, $0.value) }
    }

    static func referrals(_ app: TestApp) async throws -> Int {
        try await app.services.database.read { sql in
            try await sql.raw("SELECT COUNT(*) AS n FROM referrals").first()?.decode(column: "n", as: Int.self) ?? 0
        }
    }

    @Test func temporaryProtectionIsRefusedEvenWithTheException() async throws {
        try await TestApp.run { browser, app in
            try await browser.login(as: .ofii)
            try await browser.get("/orientations/nouvelle")
            let response = try await browser.post(
                "/orientations/nouvelle",
                form: Self.form([
                    "protection": "temporary", "nationality": "UA", "prefectException": "oui",
                    "prefectInstruction": "courrier du 3 mars 2026",
                ])
            )
            #expect(response.status == .unprocessableContent)
            #expect(
                response.text.contains("La protection temporaire (Ukraine) n&#39;ouvre pas droit à AGIR")
                    || response.text.contains("La protection temporaire (Ukraine) n'ouvre pas droit à AGIR")
            )
            #expect(response.text.contains("Non éligible à AGIR"))
            #expect(!response.text.contains("Ménage orienté vers l&#39;opérateur AGIR."))
            #expect(try await Self.referrals(app) == 0)
        }
    }

    @Test func anIneligiblePersonNeedsTheExceptionAndItsInstruction() async throws {
        try await TestApp.run { browser, app in
            try await browser.login(as: .ofii)
            try await browser.get("/orientations/nouvelle")
            // Protection obtained in 2019: too old for a referral in 2026.
            let old = ["protectionDate": "2019-05-04"]
            let refused = try await browser.post("/orientations/nouvelle", form: Self.form(old))
            #expect(refused.status == .unprocessableContent)
            #expect(
                refused.text.contains("n&#39;est pas éligible à AGIR")
                    || refused.text.contains("n'est pas éligible à AGIR")
            )
            #expect(
                refused.text.contains("Conditions d&#39;éligibilité")
                    || refused.text.contains("Conditions d'éligibilité")
            )
            #expect(try await Self.referrals(app) == 0)
            var exception = old
            exception["prefectException"] = "oui"
            let missing = try await browser.post("/orientations/nouvelle", form: Self.form(exception))
            #expect(missing.status == .unprocessableContent)
            #expect(missing.text.contains("Indiquez la date et la référence de l"))
            #expect(try await Self.referrals(app) == 0)
            exception["prefectInstruction"] = "courrier du 3 mars 2026, réf. DDETS-2026-041"
            let sent = try await browser.post("/orientations/nouvelle", form: Self.form(exception))
            #expect(sent.status == .seeOther)
            let page = try await browser.get(sent.location ?? "")
            #expect(page.text.contains("DDETS-2026-041"))
            #expect(try await Self.referrals(app) == 1)
        }
    }
}
