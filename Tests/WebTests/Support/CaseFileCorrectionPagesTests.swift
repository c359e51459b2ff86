import Domain
import Foundation
import Persistence
import Services
import TestSupport
import Testing

/// The pages that move, cancel and mark appointments, correct contact notes and identities (issue 14, item 10), as
/// the caseworker uses them without JavaScript; others get 403 (wrong role) or 404 (another operator's household).
@Suite("Corrections du dossier : rendez-vous, notes, identités")
struct CaseFileCorrectionPagesTests {
    @Test func aCaseworkerMovesThenCancelsAnAppointmentFromItsPage() async throws {
        try await TestApp.run { browser, app in
            let fixture = try await CaseworkFixture.on(app)
            let household = try await fixture.household().householdID
            let id = try await AppointmentService(environment: app.services).add(
                householdID: household,
                day: "2026-11-30",
                time: "09:15",
                minutes: "30",
                place: "Permanence",
                actor: fixture.caseworker
            )
            try await browser.login(as: .referent)
            let file = try await browser.get("/menages/\(household)")
            #expect(file.text.contains("href=\"/rendez-vous/\(id)\""))
            let page = try await browser.get("/rendez-vous/\(id)")
            #expect(page.status == .ok)
            #expect(
                page.text.contains("Rendez-vous du lundi 30 novembre 2026 à 9 h 15")
                    || page.text.contains("30 novembre 2026")
            )
            #expect(page.text.contains("La présence se note une fois l&#39;heure du rendez-vous venue."))
            let wrong = try await browser.post(
                "/rendez-vous/\(id)/deplacement",
                form: [
                    ("revision", "0"), ("appointmentDay", "2026-11-20"), ("appointmentTime", "10:00"),
                    ("appointmentMinutes", "30"), ("appointmentPlace", "Permanence"),
                ]
            )
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.text.contains("Ce jour est passé"))
            let moved = try await browser.post(
                "/rendez-vous/\(id)/deplacement",
                form: [
                    ("revision", "0"), ("appointmentDay", "2026-12-02"), ("appointmentTime", "14:30"),
                    ("appointmentMinutes", "45"), ("appointmentPlace", "Visite à domicile"),
                ]
            )
            #expect(moved.location == "/menages/\(household)#rendez-vous")
            #expect(try await browser.get("/menages/\(household)").text.contains("Visite à domicile"))
            // The form of a page read before the move is out of date: the page says so and shows the appointment.
            let stale = try await browser.post(
                "/rendez-vous/\(id)/annulation",
                form: [("revision", "0"), ("cancelReason", "Malade")]
            )
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("vient d&#39;être modifié par quelqu&#39;un d&#39;autre"))
            let cancelled = try await browser.post(
                "/rendez-vous/\(id)/annulation",
                form: [("revision", "1"), ("cancelReason", "Malade")]
            )
            #expect(cancelled.location == "/menages/\(household)#rendez-vous")
            let after = try await browser.get("/menages/\(household)")
            #expect(after.text.contains("Aucun rendez-vous à venir."))
            #expect(after.text.contains("Historique des rendez-vous (1)"))
            #expect(after.text.contains("Annulé : Malade"))
        }
    }

    @Test func anotherOperatorGets404AndAnotherRole403() async throws {
        try await TestApp.run { browser, app in
            let fixture = try await CaseworkFixture.on(app)
            let (household, person) = try await fixture.household()
            let id = try await AppointmentService(environment: app.services).add(
                householdID: household,
                day: "2026-11-30",
                time: "09:15",
                minutes: "30",
                place: "Permanence",
                actor: fixture.caseworker
            )
            _ = try await fixture.team(in: "75")
            try await browser.login(email: "responsable-75@test.parcours.test", password: CaseworkFixture.password)
            #expect(try await browser.get("/rendez-vous/\(id)").status == .notFound)
            #expect(try await browser.get("/personnes/\(person)/identite").status == .notFound)
            let cancel = try await browser.post(
                "/rendez-vous/\(id)/annulation",
                form: [("revision", "0"), ("cancelReason", "Intrus")]
            )
            #expect(cancel.status == .notFound)
            try await browser.post("/deconnexion", form: [])
            try await browser.login(as: .ofii)
            #expect(try await browser.get("/rendez-vous/\(id)").status == .forbidden)
        }
    }

    @Test func theAuthorCorrectsANoteAndThePreviousTextStaysReadable() async throws {
        try await TestApp.run { browser, app in
            let fixture = try await CaseworkFixture.on(app)
            let household = try await fixture.household().householdID
            try await CaseworkService(environment: app.services).addContact(
                householdID: household,
                date: "2026-11-26",
                mode: "telephone",
                minutes: "15",
                attendees: "",
                note: "Dossier CAF incomplet",
                actor: fixture.caseworker
            )
            let contact = try #require(
                try await app.services.database.read {
                    try await CaseworkRecords.contacts(householdID: household, in: $0)
                }.first
            ).id
            try await browser.login(as: .referent)
            #expect(try await browser.get("/menages/\(household)").text.contains("href=\"/entretiens/\(contact)\""))
            #expect(try await browser.get("/entretiens/\(contact)").text.contains("Corriger la note"))
            let done = try await browser.post(
                "/entretiens/\(contact)/correction",
                form: [("revision", "0"), ("contactNote", "Dossier CAF complet")]
            )
            #expect(done.location == "/menages/\(household)#entretiens")
            let file = try await browser.get("/menages/\(household)")
            #expect(file.text.contains("Dossier CAF complet"))
            #expect(file.text.contains("(corrigé le 27 novembre 2026 à 11 h par Camille Martin)"))
            let page = try await browser.get("/entretiens/\(contact)")
            #expect(page.text.contains("Version précédente") && page.text.contains("Dossier CAF incomplet"))
            let long = try await browser.post(
                "/entretiens/\(contact)/correction",
                form: [("revision", "1"), ("contactNote", String(repeating: "x", count: 600))]
            )
            #expect(long.status == .unprocessableContent)
            #expect(long.text.contains("La note ne doit pas dépasser 500 caractères"))
        }
    }

    @Test func theCaseworkerCorrectsAnIdentityWithTheMessagesOfCreation() async throws {
        try await TestApp.run { browser, app in
            let fixture = try await CaseworkFixture.on(app)
            let (household, person) = try await fixture.household()
            try await browser.login(as: .referent)
            #expect(
                try await browser.get("/menages/\(household)").text.contains("href=\"/personnes/\(person)/identite\"")
            )
            let form = try await browser.get("/personnes/\(person)/identite")
            #expect(form.text.contains("value=\"AHMADI Farida\""))
            var fields: [(String, String)] = [
                ("documentNames", "AHMADI Farida"), ("usualNames", "AHMADI Frida"), ("birthYear", "1990"),
                ("birthMonth", "13"), ("birthDay", ""), ("sex", "F"), ("nationality", "AF"), ("protection", "refugee"),
                ("protectionAuthority", "OFPRA"), ("protectionDate", "2026-08-27"),
            ]
            let wrong = try await browser.post("/personnes/\(person)/identite", form: fields)
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.text.contains("Le mois de naissance est un nombre de 1 à 12"))
            fields[3] = ("birthMonth", "5")
            let done = try await browser.post("/personnes/\(person)/identite", form: fields)
            #expect(done.location == "/menages/\(household)#identite")
            let file = try await browser.get("/menages/\(household)")
            #expect(file.text.contains("AHMADI Frida") && file.text.contains("mai 1990"))
        }
    }

    @Test func theNewcomerSeesAMovedAppointmentAtItsNewTimeAndNoCancelledOne() async throws {
        try await TestApp.run { browser, app in
            let fixture = try await SpaceFixture.household(app.services)
            let caseworker = try await TestEnvironment.signIn(.referent, app.services)
            let appointments = AppointmentService(environment: app.services)
            let book = { (day: String, place: String) in
                try await appointments.add(
                    householdID: fixture.householdID,
                    day: day,
                    time: "10:00",
                    minutes: "30",
                    place: place,
                    actor: caseworker
                )
            }
            let moved = try await book("2026-11-30", "LIEU-DEPLACE")
            let cancelled = try await book("2026-12-01", "LIEU-ANNULE")
            try await appointments.move(
                appointmentID: moved,
                revision: "0",
                day: "2026-12-04",
                time: "15:30",
                minutes: "30",
                place: "LIEU-DEPLACE",
                actor: caseworker
            )
            try await appointments.cancel(appointmentID: cancelled, revision: "0", reason: "Malade", actor: caseworker)
            let code = try await SpaceFixture.activated(fixture.personID, app.services)
            try await browser.signInToSpace(code: code)
            let page = try await browser.get("/espace/\(fixture.householdID)/rendez-vous")
            #expect(page.text.contains("vendredi 4 décembre 2026 à 15 h 30"))
            #expect(!page.text.contains("30 novembre 2026"))
            #expect(!page.text.contains("LIEU-ANNULE"))
            let calendar = try await browser.get("/espace/rendez-vous/\(moved)/agenda.ics")
            #expect(calendar.text.contains("SEQUENCE:1"))
            #expect(calendar.text.contains("DTSTART:20261204T143000Z"))
            #expect(try await browser.get("/espace/rendez-vous/\(cancelled)/agenda.ics").status == .notFound)
        }
    }
}
