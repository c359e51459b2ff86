import Domain
import Foundation
import Persistence
import Services
import TestSupport
import Testing

@Suite("Jalons et points de situation")
struct MilestoneFlowTests {
    /// Amina's file, welcomed on 24 November 2026 in asylum accommodation and registered as a job seeker.
    static func welcomedHousehold(_ browser: Browser) async throws -> String {
        let path = try await CaseworkFlowTests.assignedHousehold(browser)
        try await browser.get(path)
        let welcome = try await browser.post(
            path + "/accueil",
            form: [
                ("welcomeDate", "2026-11-24"), ("entryHousing", "asylum_accommodation"),
                ("entryActivity", "jobseeker_not_registered"), ("entryMonths", ""),
            ]
        )
        #expect(welcome.location == path)
        try await browser.get(path)
        return path
    }

    @Test func theWelcomeRecordsTheSituationAtEntry() async throws {
        try await TestApp.run { browser, _ in
            let path = try await Self.welcomedHousehold(browser)
            let page = try await browser.get(path)
            #expect(
                page.text.contains(
                    "<th scope=\"row\">Situation à l&#39;entrée</th><td>24 novembre 2026</td>"
                        + "<td>Hébergement du dispositif national d&#39;asile (CADA, HUDA…)</td>"
                        + "<td>Demandeur d&#39;emploi non inscrit à France Travail</td>"
                )
            )
            #expect(page.text.contains("Prochain point : situation à 6 mois le 24 mai 2027."))
        }
    }

    @Test func milestonesAreListedAndTheExitFormStartsFromTheCurrentSituation() async throws {
        try await TestApp.run { browser, _ in
            let path = try await Self.welcomedHousehold(browser)
            let right = try await browser.post(
                path + "/jalons",
                form: [("milestoneKind", "right"), ("milestoneDate-right", "2026-11-25"), ("milestoneRight", "caf")]
            )
            #expect(right.location == path)
            try await browser.get(path)
            try await browser.post(
                path + "/jalons",
                form: [
                    ("milestoneKind", "housing"), ("milestoneDate-housing", "2026-11-26"),
                    ("milestoneHousing", "social_residence"),
                ]
            )
            try await browser.get(path)
            let page = try await browser.get(path)
            let reference = try #require(
                page.text.firstMatch(of: /name="milestonePerson-activity"[^>]*>.*?<option value="([^"]+)"/)?.1
            )
            try await browser.post(
                path + "/jalons",
                form: [
                    ("milestoneKind", "activity"), ("milestoneDate-activity", "2026-11-27"),
                    ("milestonePerson-activity", String(reference)), ("milestoneActivity", "cdd"),
                    ("milestoneMonths", "8"),
                ]
            )
            let file = try await browser.get(path)
            #expect(file.text.contains("<th scope=\"row\">25 novembre 2026</th><td>Droits CAF ouverts</td>"))
            #expect(file.text.contains("<td>Logement : Résidence sociale</td><td>Tout le ménage</td>"))
            #expect(file.text.contains("<td>En emploi : CDD de 8 mois</td><td>AHMADZAI Amina</td>"))
            // The entry snapshot stays as it was on 24 November.
            #expect(file.text.contains("<td>24 novembre 2026</td><td>Hébergement du dispositif national d&#39;asile"))
            #expect(file.text.contains("<option value=\"social_residence\" selected"))
            #expect(file.text.contains("<option value=\"cdd\" selected"))
            #expect(file.text.contains("name=\"exitMonths\" value=\"8\"") || file.text.contains("value=\"8\""))
        }
    }

    @Test func aMilestoneBeforeEntryOrWithoutItsChoiceIsRefusedAndNothingIsWritten() async throws {
        try await TestApp.run { browser, app in
            let path = try await Self.welcomedHousehold(browser)
            let early = try await browser.post(
                path + "/jalons",
                form: [("milestoneKind", "right"), ("milestoneDate-right", "2026-11-23"), ("milestoneRight", "caf")]
            )
            #expect(early.status == .unprocessableContent)
            #expect(early.text.contains("ne peut pas précéder l&#39;entrée en accompagnement"))
            let noChoice = try await browser.post(
                path + "/jalons",
                form: [("milestoneKind", "housing"), ("milestoneDate-housing", "2026-11-25")]
            )
            #expect(noChoice.text.contains("Choisissez le logement."))
            let noMonths = try await browser.post(
                path + "/jalons",
                form: [
                    ("milestoneKind", "activity"), ("milestoneDate-activity", "2026-11-25"),
                    ("milestonePerson-activity", ""), ("milestoneActivity", "cdd"),
                ]
            )
            #expect(noMonths.text.contains("Indiquez la durée du CDD en mois (1 à 36)."))
            #expect(noMonths.text.contains("Choisissez la personne concernée."))
            let count = try await app.services.database.read { sql in
                try await sql.raw("SELECT COUNT(*) AS n FROM milestones").first()?.decode(column: "n", as: Int.self)
            }
            // Only the two milestones of the welcome interview.
            #expect(count == 2)
        }
    }

    @Test func onlyTheHouseholdsCaseworkerOrAManagerRecordsMilestones() async throws {
        try await TestApp.run { browser, _ in
            let path = try await Self.welcomedHousehold(browser)
            try await browser.post("/deconnexion", form: [])
            try await browser.login(as: .ofii)
            let ofii = try await browser.post(
                path + "/jalons",
                form: [("milestoneKind", "right"), ("milestoneDate-right", "2026-11-25"), ("milestoneRight", "caf")]
            )
            #expect(ofii.status == .forbidden)
            try await browser.post("/deconnexion", form: [])
            try await browser.login(as: .responsable)
            let manager = try await browser.post(
                path + "/jalons",
                form: [
                    ("milestoneKind", "right"), ("milestoneDate-right", "2026-11-25"),
                    ("milestoneRight", "bank_account"),
                ]
            )
            #expect(manager.location == path)
        }
    }

    @Test func theCaseloadFiltersByNeedInADomain() async throws {
        try await TestApp.run { browser, _ in
            let path = try await Self.welcomedHousehold(browser)
            try await browser.post(
                path + "/diagnostic",
                form: [("besoin-logement", "fort"), ("situation-logement", "CADA"), ("note-logement", "")]
            )
            let housing = try await browser.get("/menages?besoin=logement")
            #expect(housing.text.contains("AHMADZAI Amina"))
            let language = try await browser.get("/menages?besoin=langue_francaise")
            #expect(!language.text.contains("AHMADZAI Amina"))
            // The health section is never a filter: the parameter is ignored.
            let health = try await browser.get("/menages?besoin=sante")
            #expect(health.text.contains("AHMADZAI Amina"))
        }
    }
}
