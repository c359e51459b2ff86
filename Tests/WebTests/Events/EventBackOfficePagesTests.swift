import Domain
import Foundation
import Persistence
import Services
import TestSupport
import Testing

@Suite("Événements : écrans de la préfecture et des partenaires")
struct EventBackOfficePagesTests {
    static func editionID(_ app: TestApp) async throws -> String {
        let national = try await TestEnvironment.signIn(.national, app.services)
        var edition = EditionInput()
        edition.title = "Semaine de l'intégration 2026"
        edition.startsOn = "2026-11-30"
        edition.endsOn = "2026-12-04"
        return try await EditionService(environment: app.services).create(edition, actor: national)
    }

    static func form(edition: String, title: String) -> [(String, String)] {
        [
            ("eventEdition", edition), ("eventTitle", title), ("eventKind", "atelier-cv"),
            ("eventThemes", "emploi"), ("eventThemes", "francais"), ("eventDescription", "Un atelier."),
            ("eventStart", "2026-12-02"), ("eventStartTime", "09:30"), ("eventEnd", "2026-12-02"),
            ("eventEndTime", "12:00"), ("eventAddress", "Maison de l'emploi"), ("eventCommune", "69259"),
            ("eventAudience", "sur-inscription"), ("eventCapacity", "15"), ("eventAccessibility", "Plain-pied."),
            ("organiserName-0", "Langues et Avenir"), ("organiserKind-0", "association"),
            ("organiserRole-0", "organisateur"),
        ]
    }

    @Test func aPartnerDraftsAndProposesThenThePrefectureLabelsAndPublishes() async throws {
        try await TestApp.run { browser, app in
            let edition = try await Self.editionID(app)
            try await browser.login(as: .partenaire)
            try await browser.get("/evenements/nouveau")
            let bad = try await browser.post("/evenements/nouveau", form: [("eventTitle", "")])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("Donnez un titre."))
            let created = try await browser.post(
                "/evenements/nouveau",
                form: Self.form(edition: edition, title: "Atelier CV")
            )
            #expect(created.status == .seeOther)
            let path = try #require(created.location)
            let page = try await browser.get(path)
            #expect(page.text.contains("Proposer à la préfecture"))
            #expect(try await browser.post(path + "/etat", form: [("action", "proposer")]).status == .seeOther)
            try await browser.post("/deconnexion", form: [])
            try await browser.login(as: .prefecture)
            let list = try await browser.get("/evenements")
            #expect(list.text.contains("1 proposition à labelliser"))
            try await browser.get(path)
            #expect(try await browser.post(path + "/etat", form: [("action", "publier")]).status == .seeOther)
            let id = String(path.split(separator: "/").last ?? "")
            let state = try await app.database.read { try await EventRecords.find(id: id, in: $0)?.state }
            #expect(state == .published)
            let themes = try await app.database.read { try await EventRecords.find(id: id, in: $0)?.event.themes }
            #expect(themes == [.french, .employment])
        }
    }

    @Test func aProposalSentBackNeedsANote() async throws {
        try await TestApp.run { browser, app in
            let edition = try await Self.editionID(app)
            let partner = try await TestEnvironment.signIn(.partenaire, app.services)
            let events = EventService(environment: app.services)
            let input = EventFixturesForWeb.input(edition: edition)
            let id = try await events.create(input, actor: partner)
            try await events.apply(.propose, eventID: id, note: "", actor: partner)
            try await browser.login(as: .prefecture)
            try await browser.get("/evenements/\(id)")
            let refused = try await browser.post(
                "/evenements/\(id)/etat",
                form: [("action", "renvoyer"), ("reviewNote", "")]
            )
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Expliquez au partenaire ce qu&#39;il doit revoir."))
        }
    }

    @Test func theSteeringMeetingAndStoryPagesOpenForTheirRoles() async throws {
        try await TestApp.run { browser, app in
            _ = try await Self.editionID(app)
            try await browser.login(as: .prefecture)
            for path in ["/pilotage/semaine", "/rencontres", "/rencontres/nouvelle", "/recits", "/evenements"] {
                #expect(try await browser.get(path).status == .ok, "\(path)")
            }
            try await browser.post("/deconnexion", form: [])
            try await browser.login(as: .national)
            for path in ["/pilotage/semaine/editions", "/pilotage/semaine"] {
                #expect(try await browser.get(path).status == .ok, "\(path)")
            }
        }
    }
}

/// The event input of the web tests.
enum EventFixturesForWeb {
    static func input(edition: String) -> EventInput {
        var input = EventInput()
        input.editionID = edition
        input.title = "Atelier"
        input.kind = EventKind.cvWorkshop.rawValue
        input.themes = [EventTheme.employment.rawValue]
        input.description = "Un atelier."
        input.startDay = "2026-12-02"
        input.startTime = "09:30"
        input.endDay = "2026-12-02"
        input.endTime = "12:00"
        input.address = "Maison de l'emploi"
        input.communeCode = "69259"
        input.audience = EventAudience.everyone.rawValue
        input.accessibility = "Plain-pied."
        input.organisers = [("Langues et Avenir", OrganiserKind.association.rawValue, "organisateur")]
        return input
    }
}
