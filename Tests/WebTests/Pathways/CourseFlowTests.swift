import Domain
import Foundation
import SampleData
import Services
import TestSupport
import Testing

@Suite("Formations linguistiques : offre, inscriptions, liste d'attente et présences")
struct CourseFlowTests {
    static func course(seats: String) -> [(String, String)] {
        [
            ("courseTitle", "Français vers l'A2"), ("courseLevel", "a2"), ("courseHours", "100"),
            ("courseSlot", "soir"),
            ("courseSchedule", "mardi et jeudi, 18 h – 21 h"), ("courseCommune", "69266"), ("courseQPV", ""),
            ("courseSeats", seats), ("courseStart", "2026-12-01"), ("courseEnd", "2027-03-01"),
        ]
    }

    /// Declares a course as the demo training provider and returns its path.
    static func declare(_ browser: Browser, seats: String = "1") async throws -> String {
        try await browser.post("/deconnexion", form: [])
        try await browser.login(as: .partenaire)
        try await browser.get("/formations")
        let created = try await browser.post("/formations", form: Self.course(seats: seats))
        return try #require(created.location)
    }

    @Test func aFullCourseFillsItsWaitingListAndAFreedSeatGoesToTheFirstWaiting() async throws {
        try await TestApp.run { browser, _ in
            let (household, pathway) = try await PathwayFlowTests.pathway(browser)
            try await browser.post(household + "/membres", form: HouseholdMemberTests.child)
            let file = try await browser.get(household)
            let paths = file.text.matches(of: /href="(\/personnes\/[^"]+\/parcours)"/).map { String($0.1) }
            let child = try #require(paths.first { $0 != pathway })
            let course = try await Self.declare(browser)
            let courseID = String(course.split(separator: "/").last ?? "")
            try await browser.post("/deconnexion", form: [])
            try await browser.login(as: .referent)
            var page = try await browser.get(pathway)
            #expect(page.text.contains("Français vers l&#39;A2"))
            #expect(page.text.contains("dans la commune du ménage"))
            #expect(
                try await browser.post(pathway + "/inscriptions", form: [("courseID", courseID)]).location == pathway
            )
            page = try await browser.get(pathway)
            #expect(page.text.contains("Inscription enregistrée."))
            try await browser.get(child)
            try await browser.post(child + "/inscriptions", form: [("courseID", courseID)])
            page = try await browser.get(child)
            #expect(page.text.contains("Formation complète : inscrit en liste d&#39;attente."))
            let twice = try await browser.post(child + "/inscriptions", form: [("courseID", courseID)])
            #expect(twice.status == .conflict)

            try await browser.post("/deconnexion", form: [])
            try await browser.login(as: .partenaire)
            let detail = try await browser.get(course)
            #expect(detail.text.contains("AHMADZAI Amina — Inscrit"))
            #expect(detail.text.contains("AHMADZAI Yasin — Liste d&#39;attente"))
            let amina = try #require(detail.text.firstMatch(of: /name="enrolmentID" value="([^"]+)"/)?.1)
            let tooMany = try await browser.post(
                course + "/presences",
                form: [("enrolmentID", String(amina)), ("status-\(amina)", "inscrit"), ("hours-\(amina)", "101")]
            )
            #expect(tooMany.status == .unprocessableContent)
            #expect(tooMany.text.contains("Saisissez les heures suivies, de 0 à 100."))
            let yasin = try #require(
                detail.text.matches(of: /name="enrolmentID" value="([^"]+)"/).map { String($0.1) }.last
            )
            let full = try await browser.post(
                course + "/presences",
                form: [("enrolmentID", yasin), ("status-\(yasin)", "inscrit"), ("hours-\(yasin)", "0")]
            )
            #expect(full.text.contains("La formation est complète : la personne reste en liste d&#39;attente."))
            let dropped = try await browser.post(
                course + "/presences",
                form: [("enrolmentID", String(amina)), ("status-\(amina)", "abandon"), ("hours-\(amina)", "12")]
            )
            #expect(dropped.location == course)
            let after = try await browser.get(course)
            #expect(after.text.contains("AHMADZAI Amina — Abandon"))
            #expect(after.text.contains("AHMADZAI Yasin — Inscrit"))

            try await browser.post("/deconnexion", form: [])
            try await browser.login(as: .referent)
            page = try await browser.get(pathway)
            #expect(page.text.contains("<td>Abandon</td><td>12 h</td>"))
        }
    }

    @Test func aProviderDeclaresOnlyInItsDepartementsWithAMessagePerField() async throws {
        try await TestApp.run { browser, app in
            try await browser.login(as: .partenaire)
            try await browser.get("/formations")
            var outside = Self.course(seats: "0").filter { $0.0 != "courseCommune" }
            outside.append(("courseCommune", "75056"))
            let refused = try await browser.post("/formations", form: outside)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Saisissez un nombre de places entre 1 et 200."))
            var paris = Self.course(seats: "5").filter { $0.0 != "courseCommune" }
            paris.append(("courseCommune", "75056"))
            let elsewhere = try await browser.post("/formations", form: paris)
            #expect(elsewhere.text.contains("Cette commune est hors des départements de votre organisme."))
            var qpv = Self.course(seats: "5").filter { $0.0 != "courseQPV" }
            qpv.append(("courseQPV", "QN00000X"))
            let wrongQPV = try await browser.post("/formations", form: qpv)
            #expect(wrongQPV.text.contains("Ce quartier prioritaire n&#39;est pas dans la commune choisie."))
            let courses = try await app.database.read { sql in
                try await sql.raw("SELECT COUNT(*) AS n FROM courses").first()?.decode(column: "n", as: Int.self)
            }
            #expect(courses == 0)
        }
    }

    @Test func theCourseScreensAreForTrainingProvidersOnly() async throws {
        try await TestApp.run { browser, app in
            // A partner of an association, not a training provider, is refused.
            let accounts = try await AccountService(environment: app.services).list(actor: nil)
            let partner = try #require(
                accounts.first { $0.summary.email == DemoDepartement.email(for: .partenaire) }
            ).summary
            try await app.database.write { sql in
                try await sql.raw(
                    "UPDATE organisations SET kind = 'association' WHERE id = \(bind: partner.organisationID)"
                ).run()
            }
            try await browser.login(as: .partenaire)
            #expect(try await browser.get("/formations").status == .forbidden)
        }
    }

    @Test func thePrefectureSeesTheOfferAgainstDemandWithSmallCountsHidden() async throws {
        try await TestApp.run { browser, _ in
            _ = try await PathwayFlowTests.pathway(browser)
            _ = try await Self.declare(browser, seats: "12")
            try await browser.post("/deconnexion", form: [])
            try await browser.login(as: .prefecture)
            let page = try await browser.get("/pilotage/departements/69/offre-linguistique")
            #expect(page.status == .ok)
            #expect(
                page.text.contains("<th scope=\"row\"><a href=\"/territoires/communes/69266\">Villeurbanne</a></th>")
            )
            // Twelve seats, none taken; one adult below A2 (Amina), shown as "< 5".
            #expect(page.text.contains("<td class=\"numeric\">12</td>"))
            #expect(page.text.contains("&lt; 5"))
            #expect(!page.text.contains("AHMADZAI"))
        }
    }
}
