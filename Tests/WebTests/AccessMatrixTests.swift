import Domain
import HTTPTypes
import TestSupport
import Testing
import Web

/// Every route × every role, against a table written here independently of the routes' declared policies.
@Suite("Accès : chaque adresse × chaque rôle")
struct AccessMatrixTests {
    enum Access {
        case everyone
        case signedIn
        case only(Set<Role>)

        func admits(_ role: Role?) -> Bool {
            switch self {
            case .everyone: true
            case .signedIn: role != nil
            case .only(let roles): role.map(roles.contains) ?? false
            }
        }
    }

    /// Who may use each route. A route missing from this table fails `everyRouteHasAnExpectation`.
    static let expected: [SiteRoute: Access] = {
        let sample = SiteRoute.sample
        var table: [SiteRoute: Access] = [:]
        let publicRoutes: [SiteRoute] = [
            .root, .login, .loginSubmit, .accessibility, .healthz, .readyz, .metrics, .secondFactor,
            .secondFactorSubmit,
            .apiSpec, .calendarFeed(sample),
        ]
        for route in publicRoutes {
            table[route] = .everyone
        }
        let signedInRoutes: [SiteRoute] = [
            .home, .referenceData, .communeSearch, .communeSuggestions, .countries, .logout, .myAccount,
            .passwordChange,
            .secondFactorEnrolment, .secondFactorConfirm, .secondFactorDisable, .tokenCreate, .tokenRevoke(sample),
            .apiMe, .apiAgirEligibility, .apiRequirementsEvaluate,
        ]
        for route in signedInRoutes {
            table[route] = .signedIn
        }
        let adminRoutes: [SiteRoute] = [
            .organisations, .organisationNew, .organisationCreate, .organisation(sample), .organisationUpdate(sample),
            .organisationDeactivate(sample), .organisationReactivate(sample), .accounts, .accountNew, .accountCreate,
            .account(sample), .accountUpdate(sample), .accountDeactivate(sample), .accountReactivate(sample),
            .accountResetPassword(sample),
        ]
        for route in adminRoutes { table[route] = .only([.admin]) }
        table[.audit] = .only([.dpo])
        table[.agirDeployment] = .only([.national])
        table[.agirDeploymentUpdate] = .only([.national])
        table[.statisticalExtract] = .only([.national])
        table[.agirEligibilityCheck] = .only([.referent, .responsable, .ofii, .prefecture, .dreets, .national])
        table[.referrals] = .only([.ofii, .responsable, .referent])
        table[.referral(sample)] = .only([.ofii, .responsable, .referent])
        table[.referralNew] = .only([.ofii])
        table[.referralCreate] = .only([.ofii])
        table[.referralDecide(sample)] = .only([.responsable])
        table[.activityReport] = .only([.responsable])
        table[.householdTransfer(sample)] = .only([.responsable])
        table[.householdMove(sample)] = .only([.responsable])
        table[.activityReportCSV] = .only([.responsable])
        table[.households] = .only([.referent, .responsable])
        table[.household(sample)] = .only([.referent, .responsable])
        for route in [
            SiteRoute.householdWelcome(sample), .householdContract(sample), .householdContact(sample),
            .householdExit(sample), .householdDiagnosis(sample), .householdMember(sample),
            .householdGoal(sample), .householdAction(sample), .householdActionUpdate(sample),
            .householdAppointment(sample), .householdMilestone(sample), .personDetails(sample), .personTitle(sample),
            .personMerge(sample), .personUnmerge(sample), .calendarFeedRenew,
        ] {
            table[route] = .only([.referent, .responsable])
        }
        table[.auditExport] = .only([.dpo])
        table[.indicatorCatalogue] = .everyone
        table[.openData] = .everyone
        for route in [SiteRoute.dashboard, .dashboardRegion(sample), .dashboardDepartement(sample)] {
            table[route] = .only([.prefecture, .dreets, .national])
        }
        table[.dashboardNation] = .only([.prefecture, .dreets, .national])
        for route in [
            SiteRoute.personPathway(sample), .pathwayCIR(sample), .pathwayAssessment(sample), .pathwayProof(sample),
            .pathwayCivicExam(sample), .pathwayEnrol(sample), .pathwayWithdraw(sample),
        ] {
            table[route] = .only([.referent, .responsable])
        }
        for route in [SiteRoute.courses, .courseCreate, .course(sample), .courseAttendance(sample)] {
            table[route] = .only([.partenaire])
        }
        for route in [SiteRoute.requirementRules, .requirementRulesCreate, .requirementRulesUpdate(sample)] {
            table[route] = .only([.national])
        }
        table[.languageOffer(sample)] = .only([.prefecture, .dreets, .national])
        return table
    }()

    @Test func everyRouteHasAnExpectation() {
        for route in SiteRoute.allCases {
            #expect(Self.expected[route] != nil, "pas d'attente déclarée pour \(route.method) \(route.path)")
        }
        #expect(Set(SiteRoute.allCases).count == SiteRoute.allCases.count)
    }

    @Test(arguments: [Role?.none] + Role.allCases.map(Optional.some))
    func eachRouteAdmitsExactlyTheExpectedRoles(role: Role?) async throws {
        try await TestApp.run { browser, _ in
            if let role { try await browser.login(as: role) } else { try await browser.get("/connexion") }
            // Logout last: it ends the session the other checks need.
            let routes = SiteRoute.allCases.filter { $0 != .logout } + [.logout]
            for route in routes {
                let response =
                    route.method == .post
                    ? try await browser.post(route.path, form: []) : try await browser.get(route.path)
                // Signed in, a refusal is a 403; anonymous, it is a trip to the login page (or a 401 for JSON).
                let sentToLogin = response.status == .seeOther && response.location?.hasPrefix("/connexion") == true
                let denied =
                    role == nil
                    ? (sentToLogin || response.status == .unauthorized) && !route.policy.admitsAnonymous
                    : response.status == .forbidden
                #expect(
                    response.status.code < 500,
                    "\(role?.rawValue ?? "anonyme") \(route.method) \(route.path) → \(response.status.code)"
                )
                let shouldAdmit = Self.expected[route]?.admits(role) ?? false
                #expect(
                    denied == !shouldAdmit,
                    "\(role?.rawValue ?? "anonyme") \(route.method) \(route.path) → \(response.status.code)"
                )
                if let role, !shouldAdmit {
                    #expect(response.status == .forbidden, "\(role.rawValue) \(route.path) doit être refusé par un 403")
                }
            }
        }
    }
}
