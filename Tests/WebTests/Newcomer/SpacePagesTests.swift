import Domain
import Foundation
import Persistence
import Services
import TestSupport
import Testing

@Suite("Espace personnel : ce que la personne voit")
struct SpacePagesTests {
    /// An appointment with documents, a plan with a health goal (restricted) and a housing goal, a health note, a
    /// contact note, and a certificate on the reference person's pathway.
    static func furnish(_ fixture: SpaceFixture, _ environment: ServiceEnvironment) async throws {
        let caseworker = try await TestEnvironment.signIn(.referent, environment)
        let appointmentID = try await AppointmentService(environment: environment).add(
            householdID: fixture.householdID,
            day: "2026-11-30",
            time: "14:30",
            minutes: "45",
            place: "Permanence AGIR, 20 rue Francis de Pressensé, Villeurbanne",
            actor: caseworker
        )
        try await AppointmentDocumentService(environment: environment).set(
            appointmentID: appointmentID,
            codes: ["titre_sejour", "rib"],
            actor: caseworker
        )
        let casework = CaseworkService(environment: environment)
        try await casework.saveDiagnosis(
            householdID: fixture.householdID,
            values: [
                .health: ("SANTE-SECRETE situation", "fort", "SANTE-SECRETE note"),
                .housing: ("Hébergée chez une amie", "fort", ""),
            ],
            actor: caseworker
        )
        try await casework.addContact(
            householdID: fixture.householdID,
            date: "2026-11-26",
            mode: "presentiel",
            minutes: "30",
            attendees: "",
            note: "NOTE-ENTRETIEN-SECRETE",
            actor: caseworker
        )
        let plan = PlanService(environment: environment)
        for (domain, title, action) in [
            ("sante", "OBJECTIF-SANTE-SECRET", "ACTION-SANTE-SECRETE"),
            ("logement", "Accéder à un logement durable", "Déposer la demande de logement social"),
        ] {
            let goal = try await plan.addGoal(
                householdID: fixture.householdID,
                domain: domain,
                personID: "",
                title: title,
                actor: caseworker
            )
            _ = try await plan.addAction(
                householdID: fixture.householdID,
                goalID: goal,
                description: action,
                actorKind: "personne",
                partnerID: "",
                due: "2026-12-15",
                actor: caseworker
            )
        }
        var proof = LanguageProofInput()
        proof.kind = CertificationKind.tcfIRN.rawValue
        proof.date = "2026-10-01"
        for skill in LanguageSkill.allCases { proof.levels[skill.rawValue] = skill == .writtenExpression ? "a2" : "b1" }
        try await PathwayService(environment: environment).addProof(
            personID: fixture.personID,
            input: proof,
            actor: caseworker
        )
    }

    @Test func thePersonSeesAppointmentsStepsFrenchAndRequirementsButNoHealthNorNotes() async throws {
        try await TestApp.run { browser, app in
            let fixture = try await SpaceFixture.household(app.services)
            try await Self.furnish(fixture, app.services)
            let code = try await SpaceFixture.activated(fixture.personID, app.services)
            try await browser.signInToSpace(code: code)
            let base = "/espace/\(fixture.householdID)"
            var pages: [String: String] = [:]
            for suffix in [
                "", "/rendez-vous", "/demarches", "/francais", "/titres", "/formations", "/messages", "/mes-donnees",
                "/mes-donnees/copie",
            ] {
                let page = try await browser.get(base + suffix)
                #expect(page.status == .ok, "\(suffix)")
                pages[suffix] = page.text
                for secret in [
                    "SANTE-SECRETE", "NOTE-ENTRETIEN-SECRETE", "OBJECTIF-SANTE-SECRET", "ACTION-SANTE-SECRETE",
                ] {
                    #expect(!page.text.contains(secret), "\(suffix) montre \(secret)")
                }
                #expect(page.text.utf8.count < 60_000, "\(suffix) : \(page.text.utf8.count) octets")
                #expect(!page.text.contains("<script"), "\(suffix)")
            }
            let appointments = pages["/rendez-vous"] ?? ""
            #expect(appointments.contains("lundi 30 novembre 2026 à 14 h 30"))
            #expect(appointments.contains("45 minutes"))
            #expect(
                appointments.contains("Titre de séjour ou récépissé")
                    && appointments.contains("RIB (coordonnées bancaires)")
            )
            #expect(appointments.contains("https://www.openstreetmap.org/search?query=Permanence%20AGIR"))
            #expect((pages["/demarches"] ?? "").contains("Déposer la demande de logement social"))
            #expect((pages["/demarches"] ?? "").contains("Avant le 15 décembre 2026"))
            #expect((pages["/demarches"] ?? "").contains("Entretien d&#39;accueil"))
            let french = pages["/francais"] ?? ""
            #expect(
                french.contains("TCF IRN") && french.contains("Compte pour une demande jusqu&#39;au 30 septembre 2028.")
            )
            // A first resident card on 27 November 2026 needs B1 in the four skills and the civic exam.
            let titles = pages["/titres"] ?? ""
            #expect(titles.contains("Niveau de français demandé : B1 dans les 4 compétences."))
            #expect(titles.contains("Écrire : B1 manquant. Votre meilleur niveau valable : A2."))
            #expect(titles.contains("Parler : B1 atteint."))
            #expect(titles.contains("Examen civique : à réussir"))
            let multiYear = try await browser.get(base + "/titres?titre=csp&date=2026-12-01")
            #expect(multiYear.text.contains("Vous êtes dispensé du niveau de français grâce à votre protection."))
            let badDate = try await browser.get(base + "/titres?titre=csp&date=2026-02-30")
            #expect(badDate.status == .unprocessableContent)
            #expect(
                badDate.text.contains("Cette date n&#39;est pas valable")
                    || badDate.text.contains("Cette date n'est pas valable")
            )

            let calendar = try await browser.get(
                "/espace/rendez-vous/\(try #require(Self.appointmentID(appointments)))/agenda.ics"
            )
            #expect(calendar.headers[.contentType] == "text/calendar; charset=utf-8")
            // 14:30 to 15:15 in Villeurbanne in winter (UTC+1), as the caseworker booked it and the page shows it.
            #expect(calendar.text.contains("DTSTART:20261130T133000Z\r\nDTEND:20261130T141500Z"))
            #expect(calendar.text.contains("SUMMARY:Rendez-vous avec votre référent"))
            #expect(calendar.text.contains("LOCATION:Permanence AGIR\\, 20 rue Francis de Pressensé\\, Villeurbanne"))
        }
    }

    static func appointmentID(_ page: String) -> String? {
        page.firstMatch(of: /\/espace\/rendez-vous\/([^\/"]+)\/agenda\.ics/).map { String($0.1) }
    }

    /// The right of access covers every appointment: a cancelled one is in the copy, marked as cancelled.
    @Test func theCopyOfMyDataHoldsCancelledAppointmentsWithTheirStatus() async throws {
        try await TestApp.run { browser, app in
            let fixture = try await SpaceFixture.household(app.services)
            let code = try await SpaceFixture.activated(fixture.personID, app.services)
            let caseworker = try await TestEnvironment.signIn(.referent, app.services)
            let appointments = AppointmentService(environment: app.services)
            for day in ["2026-12-03", "2026-12-10"] {
                _ = try await appointments.add(
                    householdID: fixture.householdID,
                    day: day,
                    time: "10:00",
                    minutes: "30",
                    place: "Permanence AGIR",
                    actor: caseworker
                )
            }
            let cancelled = try await app.services.database.read { sql in
                try #require(
                    try await AppointmentRecords.history(householdID: fixture.householdID, in: sql)
                        .first { $0.startsAt.stored.hasPrefix("2026-12-10") }
                )
            }
            try await appointments.cancel(
                appointmentID: cancelled.id,
                revision: String(cancelled.revision),
                reason: "Référent absent",
                actor: caseworker
            )
            try await browser.signInToSpace(code: code)
            let json = try await browser.get("/espace/\(fixture.householdID)/mes-donnees/copie.json")
            let export = try JSONDecoder.iso().decode(SpaceExport.self, from: Data(json.text.utf8))
            #expect(export.appointments.map(\.status) == ["prevu", "annule"])
            let page = try await browser.get("/espace/\(fixture.householdID)/mes-donnees/copie")
            #expect(page.text.contains("Permanence AGIR · Annulé"))
        }
    }

    @Test func whoReadMyFileShowsTheReadsWithTheCaseworkersNameOnlyAndIsAudited() async throws {
        try await TestApp.run { browser, app in
            let fixture = try await SpaceFixture.household(app.services)
            let code = try await SpaceFixture.activated(fixture.personID, app.services)
            let office = browser.fresh()
            try await office.login(as: .referent)
            try await office.get("/menages/\(fixture.householdID)")
            try await office.post("/deconnexion", form: [])
            try await office.login(as: .responsable)
            try await office.get("/menages/\(fixture.householdID)")
            try await browser.signInToSpace(code: code)
            let page = try await browser.get("/espace/\(fixture.householdID)/mes-donnees")
            #expect(page.text.contains("Camille Martin (Référent AGIR, Accueil et Parcours Rhône (démo))"))
            #expect(page.text.contains("Responsable de la structure, Accueil et Parcours Rhône (démo)"))
            #expect(!page.text.contains("Nadia Benali"))
            #expect(page.text.contains("A consulté votre dossier"))
            #expect(page.text.contains("A ouvert, rouvert ou fermé votre espace"))
            #expect(page.text.contains("Élodie Garnier") && page.text.contains("dpo@demo.parcours.test"))
            let json = try await browser.get("/espace/\(fixture.householdID)/mes-donnees/copie.json")
            #expect(json.headers[.contentType] == "application/json; charset=utf-8")
            let export = try JSONDecoder.iso().decode(SpaceExport.self, from: Data(json.text.utf8))
            #expect(export.person.documentNames == "AHMADZAI Amina")
            #expect(export.person.agdref == "6912345678")
            #expect(export.household.otherMembers.count == 2)
            let actions = try await app.services.database.read { sql in
                try await sql.raw("SELECT action FROM audit_events WHERE person_id = \(bind: fixture.personID)").all()
                    .map { try $0.decode(column: "action", as: String.self) }
            }
            #expect(actions.contains("espace.consultations"))
            #expect(actions.contains("espace.export"))
        }
    }
}

extension JSONDecoder {
    /// A decoder of the space's JSON copy (ISO 8601 dates).
    static func iso() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
