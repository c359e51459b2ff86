import Domain
import Foundation
import Persistence
import Services
import TestSupport
import Testing

@Suite("Espace personnel : la lettre d'accès envoyée aussi par courriel")
struct SpaceLetterByMailTests {
    @Test func theCaseworkerSendsTheLetterToTheKnownAddressInBothLanguages() async throws {
        try await TestApp.run { browser, app in
            let fixture = try await SpaceFixture.household(app.services)
            try await browser.login(as: .referent)
            let before = try await browser.get("/personnes/\(fixture.personID)/espace")
            #expect(!before.text.contains("name=\"sendLetter\""))
            let caseworker = try await TestEnvironment.signIn(.referent, app.services)
            var details = PersonDetailsInput()
            details.email = "amina@exemple.fr"
            try await PersonDetailsService(environment: app.services).save(
                householdID: fixture.householdID,
                personID: fixture.personID,
                input: details,
                actor: caseworker
            )
            let page = try await browser.get("/personnes/\(fixture.personID)/espace")
            #expect(page.text.contains("Envoyer aussi la lettre par courriel à amina@exemple.fr"))
            let letter = try await browser.post(
                "/personnes/\(fixture.personID)/espace/ouverture",
                form: [("spaceLanguage", "uk"), ("sendLetter", "oui")]
            )
            #expect(letter.status == .ok)
            #expect(letter.text.contains("Elle part aussi par courriel à amina@exemple.fr."))
            let code = try #require(letter.text.firstMatch(of: /class="code">([0-9A-Z-]{14})</)?.1)
            let queued = try await app.services.database.read { sql in
                try await sql.raw("SELECT recipient, body_blocks FROM mail_outbox").all().map {
                    (
                        try $0.decode(column: "recipient", as: String.self),
                        try $0.decode(column: "body_blocks", as: String.self)
                    )
                }
            }
            #expect(queued.count == 1)
            #expect(queued.first?.0 == "amina@exemple.fr")
            let body = try #require(queued.first?.1)
            #expect(body.contains(String(code)))
            #expect(body.contains("Votre espace personnel Parcours"))
            // The Ukrainian half follows the French one.
            #expect(body.range(of: "Ваш") != nil)
        }
    }
}
