import Domain
import Services
import TestSupport
import Testing

@Suite("Espace personnel : messages avec le référent")
struct SpaceMessagesTests {
    @Test func aMessageReachesTheCaseworkerWhoReadsAndAnswers() async throws {
        try await TestApp.run { browser, app in
            let fixture = try await SpaceFixture.household(app.services)
            let code = try await SpaceFixture.activated(fixture.personID, app.services)
            let phone = browser.fresh()
            try await phone.signInToSpace(code: code)
            let base = "/espace/\(fixture.householdID)/messages"
            try await phone.get(base)
            let empty = try await phone.post(base, form: [("message", "   ")])
            #expect(empty.status == .unprocessableContent)
            #expect(empty.text.contains("Écrivez votre message."))
            let sent = try await phone.post(base, form: [("message", "Bonjour, quels papiers pour la CAF ?")])
            #expect(sent.location == base)

            try await browser.login(as: .referent)
            let home = try await browser.get("/accueil")
            #expect(home.text.contains("1 message non lu dans les espaces personnels"))
            let file = try await browser.get("/menages/\(fixture.householdID)")
            #expect(file.text.contains("Espaces personnels et messages"))
            let thread = try await browser.get("/personnes/\(fixture.personID)/espace")
            #expect(thread.text.contains("Bonjour, quels papiers pour la CAF ?"))
            #expect(!(try await browser.get("/accueil")).text.contains("message non lu"))
            let reply = try await browser.post(
                "/personnes/\(fixture.personID)/espace/messages",
                form: [("reply", "Votre RIB et l'attestation d'hébergement.")]
            )
            #expect(reply.status == .seeOther)

            let mine = try await phone.get("/espace/\(fixture.householdID)")
            #expect(mine.text.contains("Vous avez 1 nouveau message de votre référent."))
            let answered = try await phone.get(base)
            #expect(
                answered.text.contains("Votre RIB et l&#39;attestation")
                    || answered.text.contains("Votre RIB et l'attestation")
            )
            #expect(answered.text.contains("Camille Martin, le 27 novembre 2026 à 11 h"))
            #expect(!(try await phone.get("/espace/\(fixture.householdID)")).text.contains("nouveau message"))
        }
    }

    @Test func theManagerSeesTheNoticeButOnlyTheCaseworkersReadingClearsIt() async throws {
        try await TestApp.run { browser, app in
            let fixture = try await SpaceFixture.household(app.services)
            let code = try await SpaceFixture.activated(fixture.personID, app.services)
            let phone = browser.fresh()
            try await phone.signInToSpace(code: code)
            try await phone.get("/espace/\(fixture.householdID)/messages")
            try await phone.post("/espace/\(fixture.householdID)/messages", form: [("message", "Bonjour")])
            try await browser.login(as: .responsable)
            #expect(try await browser.get("/accueil").text.contains("1 message non lu"))
            try await browser.get("/personnes/\(fixture.personID)/espace")
            #expect(try await browser.get("/accueil").text.contains("1 message non lu"))
        }
    }
}
