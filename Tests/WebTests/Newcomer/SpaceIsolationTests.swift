import Domain
import Services
import TestSupport
import Testing
import Web

@Suite("Espace personnel : chacun chez soi")
struct SpaceIsolationTests {
    /// The space's routes that show or change a household, with the household (or its appointment) in the path.
    static func routes(household: String, appointment: String) -> [SiteRoute] {
        [
            .spaceHome(household), .spaceAppointments(household), .spaceAppointmentCalendar(appointment),
            .spaceSteps(household), .spaceFrench(household), .spaceTitles(household), .spaceCourses(household),
            .spaceMessages(household), .spaceMessageSend(household), .spaceData(household),
            .spaceDataExport(household), .spaceDataExportJSON(household),
        ]
    }

    @Test func everyRouteOfTheSpaceIsCoveredHere() {
        let covered = Set(Self.routes(household: SiteRoute.sample, appointment: SiteRoute.sample))
        let spaceRoutes = SiteRoute.allCases.filter { $0.policy.admitsNewcomers && $0 != .spaceSignOut }
        #expect(Set(spaceRoutes) == covered)
    }

    @Test func anotherPersonsSessionGetsNotFoundOnEveryPageAndTheSpouseGetsIn() async throws {
        try await TestApp.run { browser, app in
            let mine = try await SpaceFixture.household(app.services)
            try await SpacePagesTests.furnish(mine, app.services)
            let theirs = try await SpaceFixture.household(
                app.services,
                names: "KARIMI Hamid",
                spouse: "KARIMI Laila",
                agdref: "6912345679"
            )
            let owner = try await SpaceFixture.activated(mine.personID, app.services)
            let stranger = try await SpaceFixture.activated(theirs.personID, app.services)
            let spouse = try await SpaceFixture.activated(mine.spouseID, app.services)
            try await browser.signInToSpace(code: owner)
            let appointment = try #require(
                SpacePagesTests.appointmentID(try await browser.get("/espace/\(mine.householdID)/rendez-vous").text)
            )
            let routes = Self.routes(household: mine.householdID, appointment: appointment)
            for route in routes where route.method == .get {
                #expect(try await browser.get(route.path).status == .ok, "propriétaire \(route.path)")
            }
            let other = browser.fresh()
            try await other.signInToSpace(code: stranger)
            for route in routes {
                let response =
                    route.method == .post
                    ? try await other.post(route.path, form: [("message", "intrusion")])
                    : try await other.get(route.path)
                #expect(
                    response.status == .notFound,
                    "autre personne \(route.method) \(route.path) → \(response.status)"
                )
            }
            // Nothing was written by the refused message.
            let written = try await app.services.database.read { sql in
                try await sql.raw("SELECT COUNT(*) AS n FROM newcomer_messages").first()?.decode(
                    column: "n",
                    as: Int.self
                )
            }
            #expect(written == 0)
            let partner = browser.fresh()
            try await partner.signInToSpace(code: spouse)
            #expect(try await partner.get("/espace/\(mine.householdID)").text.contains("Bonjour AHMADZAI Javid"))
        }
    }

    @Test func aPersonNeverReachesAnAgentPageAndAnAgentNeverAPersonsPage() async throws {
        try await TestApp.run { browser, app in
            let fixture = try await SpaceFixture.household(app.services)
            let code = try await SpaceFixture.activated(fixture.personID, app.services)
            try await browser.signInToSpace(code: code)
            for path in [
                "/accueil", "/menages", "/menages/\(fixture.householdID)", "/personnes/\(fixture.personID)/espace",
                "/audit",
            ] {
                let response = try await browser.get(path)
                #expect(response.status == .seeOther && response.location?.hasPrefix("/connexion") == true, "\(path)")
            }
            let agent = browser.fresh()
            try await agent.login(as: .referent)
            let refused = try await agent.get("/espace/\(fixture.householdID)")
            #expect(refused.status == .forbidden)
            let anonymous = browser.fresh()
            #expect(try await anonymous.get("/espace/\(fixture.householdID)").location == "/espace/connexion")
            #expect(
                try await anonymous.get("/espace/\(fixture.householdID)/mes-donnees/copie.json", json: true).status
                    == .unauthorized
            )
        }
    }
}
