import Domain
import Foundation
import Services
import TestSupport
import Testing

@Suite("Espace personnel : ouverture, première connexion, connexion")
struct SpaceSignInTests {
    static let refused = "Ce code ne fonctionne pas. Il est peut-être faux, expiré ou déjà utilisé."

    @Test func theCaseworkerPrintsTheLetterAndThePersonChoosesAPin() async throws {
        try await TestApp.run { browser, app in
            let fixture = try await SpaceFixture.household(app.services)
            try await browser.login(as: .referent)
            let page = try await browser.get("/personnes/\(fixture.personID)/espace")
            #expect(page.text.contains("Pas ouvert."))
            let letter = try await browser.post(
                "/personnes/\(fixture.personID)/espace/ouverture",
                form: [("spaceLanguage", "fa_AF")]
            )
            #expect(letter.status == .ok)
            #expect(letter.text.contains("Votre espace personnel Parcours"))
            #expect(letter.text.contains("lang=\"fa-AF\" dir=\"rtl\""))
            #expect(letter.text.contains("http://localhost/espace") || letter.text.contains("/espace</dd>"))
            let code = try #require(letter.text.firstMatch(of: /class="code">([0-9A-Z-]{14})</)?.1)

            let phone = browser.fresh()
            let done = try await phone.activateSpace(code: String(code))
            #expect(done.location == "/espace/\(fixture.householdID)")
            let home = try await phone.get("/espace/\(fixture.householdID)")
            #expect(home.status == .ok)
            // The space opens in the letter's language until the person chooses another.
            #expect(home.text.contains("<html lang=\"fa-AF\" dir=\"rtl\">"))
            #expect(home.text.contains("AHMADZAI Amina") && home.text.contains("Camille Martin"))
            // The caseworker's page now shows the access as active.
            #expect(
                try await browser.get("/personnes/\(fixture.personID)/espace").text.contains(
                    "Actif depuis le 27 novembre 2026 (code PIN)."
                )
            )

            // Sign out, then in again with the code and the PIN (digits typed on an Arabic keyboard count too).
            try await phone.post("/espace/deconnexion", form: [])
            #expect(try await phone.get("/espace/\(fixture.householdID)").location == "/espace/connexion")
            let again = try await phone.signInToSpace(code: String(code).lowercased(), secret: "٢٤٦٨١٠")
            #expect(again.location == "/espace/\(fixture.householdID)")
        }
    }

    @Test func wrongUnknownExpiredAndReusedCodesGetTheSameMessage() async throws {
        try await TestApp.run { browser, app in
            let fixture = try await SpaceFixture.household(app.services)
            let code = try await SpaceFixture.open(fixture.personID, app.services)
            let phone = browser.fresh()
            try await phone.get("/espace/premiere-connexion")
            let unknown = try await phone.post("/espace/premiere-connexion", form: [("code", "ZZZZ-ZZZZ-ZZZZ")])
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.text.contains(Self.refused))
            let malformed = try await phone.post("/espace/premiere-connexion", form: [("code", "ABC")])
            #expect(malformed.text.contains("Le code a 12 lettres et chiffres."))
            // Used once: the code alone no longer opens the space.
            try await phone.activateSpace(code: code)
            let other = browser.fresh()
            try await other.get("/espace/premiere-connexion")
            let reused = try await other.post("/espace/premiere-connexion", form: [("code", code)])
            #expect(reused.text.contains(Self.refused))
            // An unused code expires after 30 days.
            let spouse = try await SpaceFixture.open(fixture.spouseID, app.services)
            app.time.advance(by: 31 * 86_400)
            let expired = try await other.post("/espace/premiere-connexion", form: [("code", spouse)])
            #expect(expired.text.contains(Self.refused))
            // A wrong PIN and an unknown code read the same at sign-in.
            try await other.get("/espace/connexion")
            let wrongPin = try await other.post("/espace/connexion", form: [("code", code), ("secret", "135790")])
            let noCode = try await other.post(
                "/espace/connexion",
                form: [("code", "ZZZZ-ZZZZ-ZZZY"), ("secret", "135790")]
            )
            let message = "Le code ou la phrase secrète (ou le code PIN) ne sont pas bons."
            #expect(wrongPin.text.contains(message) && noCode.text.contains(message))
            #expect(wrongPin.status == noCode.status)
        }
    }

    @Test func tooManyTriesLockTheCodeEvenWithTheRightPin() async throws {
        try await TestApp.run { browser, app in
            let fixture = try await SpaceFixture.household(app.services)
            let code = try await SpaceFixture.activated(fixture.personID, app.services)
            let phone = browser.fresh()
            try await phone.get("/espace/connexion")
            for _ in 0..<5 {
                try await phone.post("/espace/connexion", form: [("code", code), ("secret", "135790")])
            }
            let locked = try await phone.post("/espace/connexion", form: [("code", code), ("secret", "246810")])
            #expect(locked.status == .tooManyRequests)
            #expect(locked.text.contains("Trop d&#39;essais."))
            app.time.advance(by: 16 * 60)
            #expect(try await phone.signInToSpace(code: code).location == "/espace/\(fixture.householdID)")
        }
    }

    @Test func aSessionEndsAfterThirtyIdleMinutes() async throws {
        try await TestApp.run { browser, app in
            let fixture = try await SpaceFixture.household(app.services)
            let code = try await SpaceFixture.activated(fixture.personID, app.services)
            let phone = browser.fresh()
            try await phone.signInToSpace(code: code)
            app.time.advance(by: 29 * 60)
            #expect(try await phone.get("/espace/\(fixture.householdID)").status == .ok)
            app.time.advance(by: 31 * 60)
            #expect(try await phone.get("/espace/\(fixture.householdID)").location == "/espace/connexion")
        }
    }

    @Test func theEndOfSupportClosesTheSpaceAndSaysSoOnlyToItsHolder() async throws {
        try await TestApp.run { browser, app in
            let fixture = try await SpaceFixture.household(app.services)
            let code = try await SpaceFixture.activated(fixture.personID, app.services)
            let phone = browser.fresh()
            try await phone.signInToSpace(code: code)
            try await browser.login(as: .referent)
            try await browser.get("/menages/\(fixture.householdID)")
            let exit = try await browser.post(
                "/menages/\(fixture.householdID)/sortie",
                form: [
                    ("exitDate", "2026-11-27"), ("exitReason", "objectives_reached"),
                    ("exitHousing", "social_rental_lease"), ("exitActivity", "cdi"),
                ]
            )
            #expect(exit.status == .seeOther)
            #expect(try await phone.get("/espace/\(fixture.householdID)").location == "/espace/connexion")
            try await phone.get("/espace/connexion")
            let closed = try await phone.post("/espace/connexion", form: [("code", code), ("secret", "246810")])
            #expect(closed.text.contains("Votre espace est fermé, car votre accompagnement est terminé."))
            let wrong = try await phone.post("/espace/connexion", form: [("code", code), ("secret", "135790")])
            #expect(!wrong.text.contains("Votre espace est fermé"))
        }
    }

    @Test func reopeningGivesANewCodeAndTheOldOneStops() async throws {
        try await TestApp.run { browser, app in
            let fixture = try await SpaceFixture.household(app.services)
            let old = try await SpaceFixture.activated(fixture.personID, app.services)
            let phone = browser.fresh()
            try await phone.signInToSpace(code: old)
            let new = try await SpaceFixture.open(fixture.personID, app.services)
            #expect(new != old)
            #expect(try await phone.get("/espace/\(fixture.householdID)").location == "/espace/connexion")
            #expect(try await phone.signInToSpace(code: old).status == .unprocessableContent)
            #expect(try await phone.activateSpace(code: new).location == "/espace/\(fixture.householdID)")
        }
    }

    @Test func theLanguageIsChosenOnTheFirstPageAndRemembered() async throws {
        try await TestApp.run { browser, app in
            let fixture = try await SpaceFixture.household(app.services)
            let code = try await SpaceFixture.activated(fixture.personID, app.services)
            let phone = browser.fresh()
            let first = try await phone.get("/espace")
            #expect(first.text.contains("<html lang=\"fr\" dir=\"ltr\">"))
            #expect(first.text.contains("دری") && first.text.contains("ትግርኛ") && first.text.contains("Українська"))
            let chosen = try await phone.post("/espace/langue", form: [("langue", "fa_AF")])
            #expect(chosen.location == "/espace/connexion")
            let signIn = try await phone.get("/espace/connexion")
            #expect(signIn.text.contains("<html lang=\"fa-AF\" dir=\"rtl\">"))
            try await phone.signInToSpace(code: code)
            #expect(try await phone.get("/espace/\(fixture.householdID)").text.contains("lang=\"fa-AF\" dir=\"rtl\""))
            try await phone.post("/espace/langue", form: [("langue", "uk")])
            let home = try await phone.get("/espace/\(fixture.householdID)")
            #expect(home.text.contains("<html lang=\"uk\" dir=\"ltr\">"))
            #expect(home.text.contains("Вітаємо"))
            // Remembered with the access: another device signs in in Ukrainian.
            let tablet = browser.fresh()
            try await tablet.signInToSpace(code: code)
            #expect(try await tablet.get("/espace/\(fixture.householdID)").text.contains("<html lang=\"uk\""))
            let bad = try await phone.post("/espace/langue", form: [("langue", "xx")])
            #expect(bad.status == .badRequest)
        }
    }
}
