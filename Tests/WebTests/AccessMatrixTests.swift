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
            .root, .login, .loginSubmit, .passwordForgotten, .passwordForgottenSubmit, .accessibility, .healthz,
            .readyz, .metrics, .secondFactor,
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
        for route in [
            SiteRoute.contracts, .contract(sample), .contractDiagnosis(sample), .contractActionPage(sample),
            .contractReview(sample),
        ] {
            table[route] = .only([.prefecture, .dreets, .national, .partenaire])
        }
        for route in [
            SiteRoute.contractNew, .contractCreate, .contractEdit(sample), .contractUpdate(sample),
            .contractSignatory(sample), .contractSign(sample), .contractStatus(sample), .contractAxis(sample),
            .contractAction(sample), .contractReviewCreate(sample), .contractFunding(sample),
            .contractIndicator(sample),
            .contractTarget(sample), .contractDecision(sample), .contractFollowUp(sample),
        ] {
            table[route] = .only([.prefecture])
        }
        table[.contractAnalysis(sample)] = .only([.prefecture, .partenaire])
        table[.contractResult(sample)] = .only([.prefecture, .partenaire])
        for route in [
            SiteRoute.contractSteering, .contractSteeringNation, .contractSteeringRegion(sample),
            .contractSteeringDepartement(sample), .qpvPage(sample), .communePage(sample),
        ] {
            table[route] = .only([.prefecture, .dreets, .national])
        }
        table[.publicContracts] = .everyone
        table[.publicContractsCSV] = .everyone
        table[.householdResidence(sample)] = .only([.referent, .responsable])
        for route in FundingRoute.allCases {
            let access: Access
            switch route {
            case .publicCalls, .publicCall, .openDataCSV, .apiCalls: access = .everyone
            case .mine, .start, .application, .save, .attach, .removeDocument, .fileReport:
                access = .only([.partenaire])
            case .document, .submission, .notification: access = .only([.partenaire, .prefecture, .dreets])
            case .lineCreate, .lineUpdate: access = .only([.dreets, .national])
            case .calls, .callCreate, .call, .publish, .committee, .instruction, .score, .decide, .convention, .commit,
                .pay, .acceptReport:
                access = .only([.prefecture, .dreets])
            case .lines, .steering, .steeringNation, .steeringRegion, .steeringDepartement, .steeringCSV,
                .steeringXLSX, .organisation, .chorusCSV, .apiGrants, .apiLine:
                access = .only([.prefecture, .dreets, .national])
            }
            table[.funding(route)] = access
        }
        for route in EventsRoute.allCases {
            let access: Access =
                switch route {
                case .calendar, .calendarMap, .publicEvent, .register, .registration, .registrationCancel, .feed,
                    .departementFeed, .programme, .openDataCSV, .openDataJSON, .gallery, .publicStory:
                    .everyone
                case .events, .eventNew, .eventCreate, .event, .eventUpdate, .eventAction, .eventAttendance:
                    .only([.prefecture, .partenaire])
                case .eventsCopy: .only([.prefecture])
                case .editions, .editionCreate, .edition, .editionUpdate: .only([.national])
                case .meetings, .meeting: .only([.prefecture, .dreets, .national])
                case .meetingNew, .meetingCreate: .only([.prefecture, .dreets])
                case .storyNew, .storyCreate, .storyUpdate: .only([.referent, .responsable, .partenaire])
                case .stories, .story, .storyAction, .storyWithdraw:
                    .only([.referent, .responsable, .partenaire, .prefecture])
                case .steering: .only([.prefecture, .dreets, .national])
                }
            table[.events(route)] = access
        }
        // Corrections in a household file (appointments, notes, identities): operator staff; the services then keep
        // each to the households they may open, and write rights to the household's caseworker and the managers.
        for route in CaseFileRoute.allCases { table[.casefile(route)] = .only([.referent, .responsable]) }
        // The newcomer's space: its doors are open to all; its pages admit no agent at all (a person's session only,
        // tested in SpaceIsolationTests); opening a space is for the caseworker, managers and OFII.
        for route in [
            SiteRoute.spaceLanguages, .spaceLanguageChoose, .spaceSignIn, .spaceSignInSubmit, .spaceActivation,
            .spaceActivationSubmit, .spaceSecret, .spaceSecretSubmit,
        ] {
            table[route] = .everyone
        }
        for route in [
            SiteRoute.spaceSignOut, .spaceHome(sample), .spaceAppointments(sample), .spaceAppointmentCalendar(sample),
            .spaceSteps(sample), .spaceFrench(sample), .spaceTitles(sample), .spaceCourses(sample),
            .spaceMessages(sample), .spaceMessageSend(sample), .spaceData(sample), .spaceDataExport(sample),
            .spaceDataExportJSON(sample),
        ] {
            table[route] = .only([])
        }
        for route in [SiteRoute.newcomerAccess(sample), .newcomerAccessOpen(sample), .newcomerAccessClose(sample)] {
            table[route] = .only([.referent, .responsable, .ofii])
        }
        table[.newcomerReply(sample)] = .only([.referent, .responsable])
        table[.appointmentDocuments(sample)] = .only([.referent, .responsable])
        return table
    }()

    @Test func everyRouteHasAnExpectation() {
        for route in SiteRoute.allCases {
            #expect(Self.expected[route] != nil, "pas d'attente déclarée pour \(route.method) \(route.path)")
        }
        #expect(Set(SiteRoute.allCases).count == SiteRoute.allCases.count)
    }

    /// `/metrics` is guarded by address or token, not by role: the matrix reads it with the token.
    static let metricsToken = "jeton-de-supervision-pour-la-matrice-0123"

    @Test(arguments: [Role?.none] + Role.allCases.map(Optional.some))
    func eachRouteAdmitsExactlyTheExpectedRoles(role: Role?) async throws {
        try await TestApp.run(settings: ["PARCOURS_METRICS_TOKEN": Self.metricsToken]) { browser, _ in
            if let role { try await browser.login(as: role) } else { try await browser.get("/connexion") }
            // Logout last: it ends the session the other checks need.
            let routes = SiteRoute.allCases.filter { $0 != .logout } + [.logout]
            for route in routes {
                browser.extraHeaders[.authorization] = route == .metrics ? "Bearer \(Self.metricsToken)" : nil
                let response =
                    route.method == .post
                    ? try await browser.post(route.path, form: []) : try await browser.get(route.path)
                // Signed in, a refusal is a 403; anonymous, it is a trip to the login page (or a 401 for JSON).
                let sentToLogin =
                    response.status == .seeOther
                    && (response.location?.hasPrefix("/connexion") == true
                        || response.location == SiteRoute.spaceSignIn.path)
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
