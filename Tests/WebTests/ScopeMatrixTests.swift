import Domain
import HTTPTypes
import SampleData
import Services
import TestSupport
import Testing
import Web

/// Beyond the role, every record is reached only within the account's organisation and territory: a household of
/// another département or another operator, a dashboard of another département, is "not found" and shows no data.
@Suite("Accès : territoire et organisation")
struct ScopeMatrixTests {
    /// Every route that names a household, for a household's identifier.
    static func householdRoutes(_ id: String) -> [SiteRoute] {
        SiteRoute.allCases.compactMap { route in
            switch route {
            case .household: .household(id)
            case .householdWelcome: .householdWelcome(id)
            case .householdContract: .householdContract(id)
            case .householdContact: .householdContact(id)
            case .householdExit: .householdExit(id)
            case .householdDiagnosis: .householdDiagnosis(id)
            case .householdTransfer: .householdTransfer(id)
            case .householdMember: .householdMember(id)
            case .householdGoal: .householdGoal(id)
            case .householdAction: .householdAction(id)
            case .householdActionUpdate: .householdActionUpdate(id)
            case .householdAppointment: .householdAppointment(id)
            case .householdMilestone: .householdMilestone(id)
            case .householdMove: .householdMove(id)
            default: nil
            }
        }
    }

    /// Every route that names a person, for a person's identifier.
    static func personRoutes(_ id: String) -> [SiteRoute] {
        SiteRoute.allCases.compactMap { route in
            switch route {
            case .personPathway: .personPathway(id)
            case .pathwayCIR: .pathwayCIR(id)
            case .pathwayAssessment: .pathwayAssessment(id)
            case .pathwayProof: .pathwayProof(id)
            case .pathwayCivicExam: .pathwayCivicExam(id)
            case .pathwayEnrol: .pathwayEnrol(id)
            case .pathwayWithdraw: .pathwayWithdraw(id)
            default: nil
            }
        }
    }

    /// Visits every route of a household and of its reference person and expects "not found", without its name.
    static func expectHidden(
        _ household: (householdID: String, personID: String),
        names: String,
        from browser: Browser,
        who: String,
        role: Role
    ) async throws {
        // The routes the role may use at all: the others are refused by their policy (403) before any record is read.
        let routes = (householdRoutes(household.householdID) + personRoutes(household.personID)).filter {
            $0.policy.admits(role)
        }
        for route in routes {
            let response =
                route.method == .post ? try await browser.post(route.path, form: []) : try await browser.get(route.path)
            #expect(response.status == .notFound, "\(who) \(route.method) \(route.path) → \(response.status.code)")
            #expect(!response.text.contains(names), "\(who) \(route.path) montre le nom")
        }
    }

    @Test func aCaseworkerOfOneDepartementDoesNotReachAHouseholdOfAnother() async throws {
        try await TestApp.run { browser, app in
            let fixture = try await CaseworkFixture.on(app)
            // One operator in the Loire and the Haute-Loire; its caseworker works in the Loire only. A household it
            // followed, moved to the Haute-Loire by its manager, is out of its reach though still its operator's.
            let loire = try await fixture.team(in: "42", alsoCovering: ["43"])
            let moved = try await fixture.household(names: "LIGERIEN Karim", team: loire)
            try await TransferService(environment: app.services).transfer(
                householdID: moved.householdID,
                departement: "43",
                reason: "Déménagement au Puy-en-Velay",
                actor: loire.manager
            )
            try await browser.login(email: loire.caseworkerEmail, password: CaseworkFixture.password)
            try await Self.expectHidden(
                moved,
                names: "LIGERIEN",
                from: browser,
                who: "référent de la Loire",
                role: .referent
            )
        }
    }

    @Test func anOperatorDoesNotReachAnotherOperatorsHousehold() async throws {
        try await TestApp.run { browser, app in
            let fixture = try await CaseworkFixture.on(app)
            let paris = try await fixture.team(in: "75")
            let parisian = try await fixture.household(names: "PARISIEN Omar", team: paris)
            for role in [Role.referent, .responsable] {
                try await browser.login(as: role)
                try await Self.expectHidden(parisian, names: "PARISIEN", from: browser, who: role.rawValue, role: role)
                try await browser.post("/deconnexion", form: [])
            }
            // And the other way round: the Paris team does not reach the Rhône's households.
            let rhone = try await fixture.household(names: "RHODANIEN Karim")
            try await browser.login(email: paris.caseworkerEmail, password: CaseworkFixture.password)
            try await Self.expectHidden(
                rhone,
                names: "RHODANIEN",
                from: browser,
                who: "référent de Paris",
                role: .referent
            )
        }
    }

    @Test func aPrefectureSeesItsOwnDepartementsDashboardOnly() async throws {
        try await TestApp.run { browser, _ in
            try await browser.login(as: .prefecture)
            #expect(try await browser.get(SiteRoute.dashboardDepartement("69").path).status == .ok)
            for route in [SiteRoute.dashboardDepartement("75"), .dashboardRegion("11"), .languageOffer("75")] {
                let response = try await browser.get(route.path)
                #expect(response.status == .notFound, "\(route.path) → \(response.status.code)")
                #expect(!response.text.contains("Paris"), "\(route.path) montre des données")
            }
        }
    }
}
