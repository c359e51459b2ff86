import Domain
import Foundation
import Persistence
import Services
import TestSupport
import Testing

@Suite("Calendrier public de la Semaine de l'intégration")
struct PublicCalendarPagesTests {
    /// An edition of 30 November – 4 December 2026 and one published event, as the partner and prefecture make it.
    static func publishedEvent(_ app: TestApp, title: String = "Forum ; emploi, « réfugiés »") async throws -> String {
        let environment = app.services
        let national = try await TestEnvironment.signIn(.national, environment)
        var edition = EditionInput()
        edition.title = "Semaine de l'intégration 2026"
        edition.startsOn = "2026-11-30"
        edition.endsOn = "2026-12-04"
        let editionID = try await EditionService(environment: environment).create(edition, actor: national)
        let partner = try await TestEnvironment.signIn(.partenaire, environment)
        let prefecture = try await TestEnvironment.signIn(.prefecture, environment)
        var input = EventInput()
        input.editionID = editionID
        input.title = title
        input.kind = EventKind.jobDating.rawValue
        input.themes = [EventTheme.employment.rawValue]
        input.description = "Ligne un\nLigne deux ; avec, ponctuation \\ et " + String(repeating: "é", count: 80)
        input.startDay = "2026-12-01"
        input.startTime = "14:00"
        input.endDay = "2026-12-01"
        input.endTime = "17:00"
        input.address = "Hôtel de ville"
        input.communeCode = "69266"
        input.audience = EventAudience.onRegistration.rawValue
        input.capacity = "1"
        input.accessibility = "Accessible."
        input.organisers = [("Association Entraide", OrganiserKind.association.rawValue, "organisateur")]
        let events = EventService(environment: environment)
        let id = try await events.create(input, actor: partner)
        try await events.apply(.propose, eventID: id, note: "", actor: partner)
        try await events.apply(.publish, eventID: id, note: "", actor: prefecture)
        return id
    }

    @Test func aVisitorFindsThePublishedEventWithoutSigningIn() async throws {
        try await TestApp.run { browser, app in
            let id = try await Self.publishedEvent(app)
            let list = try await browser.get("/semaine?departement=69&theme=emploi&type=job-dating&jour=2026-12-01")
            #expect(list.status == .ok)
            #expect(list.text.contains("/semaine/evenements/\(id)"))
            #expect(list.text.contains("Mardi 1er décembre 2026, de 14 h à 17 h"))
            #expect(list.text.contains("1 événement"))
            let otherDay = try await browser.get("/semaine?jour=2026-12-02")
            #expect(!otherDay.text.contains("/semaine/evenements/\(id)"))
            #expect(otherDay.text.contains("Aucun événement ne correspond"))
            let map = try await browser.get("/semaine/carte")
            #expect(map.status == .ok && map.text.contains("<svg"))
        }
    }

    @Test func theEventPageCarriesSchemaOrgJSONLDThatCannotCloseItsScript() async throws {
        try await TestApp.run { browser, app in
            let id = try await Self.publishedEvent(app, title: "</script><script>alert(1)</script> & co")
            let page = try await browser.get("/semaine/evenements/\(id)")
            #expect(page.status == .ok)
            let marker = "<script type=\"application/ld+json\">"
            let start = try #require(page.text.range(of: marker))
            let end = try #require(page.text.range(of: "</script>", range: start.upperBound..<page.text.endIndex))
            let json = String(page.text[start.upperBound..<end.lowerBound])
            #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            )
            #expect(object["@type"] as? String == "BusinessEvent")
            #expect(object["name"] as? String == "</script><script>alert(1)</script> & co")
            #expect(object["startDate"] as? String == "2026-12-01T14:00:00+01:00")
            #expect((object["location"] as? [String: Any])?["@type"] as? String == "Place")
        }
    }

    @Test func theFeedsAreValidICalendarReadByAStrictParser() async throws {
        try await TestApp.run { browser, app in
            let id = try await Self.publishedEvent(app)
            for path in ["/semaine/agenda.ics", "/semaine/departements/69/agenda.ics"] {
                let response = try await browser.get(path)
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/calendar; charset=utf-8")
                let events = try StrictICalendarParser.events(response.text)
                #expect(events.count == 1)
                let event = try #require(events.first)
                #expect(event.properties["UID"] == "\(id)@semaine.parcours")
                #expect(event.properties["DTSTART"] == "20261201T130000Z")
                #expect(event.properties["DTEND"] == "20261201T160000Z")
                #expect(
                    StrictICalendarParser.unescape(event.properties["SUMMARY"] ?? "") == "Forum ; emploi, « réfugiés »"
                )
                #expect(
                    StrictICalendarParser.unescape(event.properties["DESCRIPTION"] ?? "").hasPrefix(
                        "Ligne un\nLigne deux ; avec, ponctuation \\ et é"
                    )
                )
            }
            let other = try await browser.get("/semaine/departements/13/agenda.ics")
            #expect(try StrictICalendarParser.events(other.text).isEmpty)
        }
    }

    @Test func openDataAndTheProgrammeListThePublicEvents() async throws {
        try await TestApp.run { browser, app in
            let id = try await Self.publishedEvent(app)
            let csv = try await browser.get("/semaine/evenements.csv")
            #expect(csv.status == .ok)
            #expect(csv.text.contains("identifiant;titre;type"))
            #expect(csv.text.contains(id))
            let json = try await browser.get("/semaine/evenements.json", json: true)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [String: Any])
            let events = try #require(document["evenements"] as? [[String: String]])
            #expect(events.first?["identifiant"] == id)
            #expect(events.first?["debut"] == "2026-12-01T14:00:00+01:00")
            let programme = try await browser.get("/semaine/departements/69/programme")
            #expect(programme.status == .ok && programme.text.contains("14 h – 17 h"))
        }
    }

    @Test func aVisitorRegistersIsToldByEMailAndTheNextOneWaits() async throws {
        try await TestApp.run { browser, app in
            let id = try await Self.publishedEvent(app)
            try await browser.get("/semaine/evenements/\(id)")
            let refused = try await browser.post(
                "/semaine/evenements/\(id)/inscription",
                form: [("registrationName", ""), ("registrationEmail", "pas-une-adresse")]
            )
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Indiquez votre nom."))
            let done = try await browser.post(
                "/semaine/evenements/\(id)/inscription",
                form: [("registrationName", "Aïcha Diallo"), ("registrationEmail", "aicha@exemple.fr")]
            )
            #expect(done.status == .seeOther)
            let page = try await browser.get(done.location ?? "")
            #expect(page.text.contains("Inscription enregistrée"))
            #expect(page.text.contains("M&#39;inscrire sur la liste d&#39;attente"))
            let queued = try await app.database.read { sql in
                try await sql.raw("SELECT recipient, subject FROM mail_outbox").all().map {
                    try $0.decode(column: "recipient", as: String.self)
                }
            }
            #expect(queued == ["aicha@exemple.fr"])
        }
    }

    @Test func draftsAreNotFoundAndBadFiltersAreIgnored() async throws {
        try await TestApp.run { browser, app in
            _ = try await Self.publishedEvent(app)
            #expect(try await browser.get("/semaine/evenements/inconnu").status == .notFound)
            let odd = try await browser.get("/semaine?departement=%00%00&jour=2026-13-45&theme=x&edition=99999999999")
            #expect(odd.status == .ok)
            #expect(try await browser.get("/semaine/inscriptions/jeton-inconnu").status == .notFound)
        }
    }
}
