import Domain
import HTTPTypes
import Hummingbird

/// Every page and endpoint of Parcours, each with one method and one named access policy: routes are registered
/// from here and links are printed from here.
public enum SiteRoute: Hashable, Sendable {
    case root
    case login
    case loginSubmit
    case passwordForgotten
    case passwordForgottenSubmit
    case logout
    case home
    case referenceData
    case communeSearch
    case communeSuggestions
    case countries
    case accessibility
    case healthz
    case readyz
    case metrics
    case organisations
    case organisationNew
    case organisationCreate
    case organisation(String)
    case organisationUpdate(String)
    case organisationDeactivate(String)
    case organisationReactivate(String)
    case accounts
    case accountNew
    case accountCreate
    case account(String)
    case accountUpdate(String)
    case accountDeactivate(String)
    case accountReactivate(String)
    case accountResetPassword(String)
    case audit
    case auditExport
    case secondFactor
    case secondFactorSubmit
    case myAccount
    case passwordChange
    case secondFactorEnrolment
    case secondFactorConfirm
    case secondFactorDisable
    case tokenCreate
    case tokenRevoke(String)
    case apiSpec
    case apiMe
    case apiAgirEligibility
    case apiRequirementsEvaluate
    case agirDeployment
    case agirDeploymentUpdate
    case agirEligibilityCheck
    case referrals
    case referralNew
    case referralCreate
    case referral(String)
    case referralDecide(String)
    case households
    case household(String)
    case householdWelcome(String)
    case householdContract(String)
    case householdContact(String)
    case householdExit(String)
    case householdDiagnosis(String)
    case householdTransfer(String)
    case householdMember(String)
    case householdGoal(String)
    case householdAction(String)
    case householdActionUpdate(String)
    case householdAppointment(String)
    case householdMilestone(String)
    case householdMove(String)
    case personDetails(String)
    case personTitle(String)
    case personMerge(String)
    case personUnmerge(String)
    case personPathway(String)
    case pathwayCIR(String)
    case pathwayAssessment(String)
    case pathwayProof(String)
    case pathwayCivicExam(String)
    case pathwayEnrol(String)
    case pathwayWithdraw(String)
    case courses
    case courseCreate
    case course(String)
    case courseAttendance(String)
    case requirementRules
    case requirementRulesCreate
    case requirementRulesUpdate(String)
    case languageOffer(String)
    case indicatorCatalogue
    case dashboard
    case dashboardNation
    case dashboardRegion(String)
    case dashboardDepartement(String)
    case openData
    case statisticalExtract
    case calendarFeedRenew
    case calendarFeed(String)
    case activityReport
    case activityReportCSV
    case contracts
    case contractNew
    case contractCreate
    case contract(String)
    case contractEdit(String)
    case contractUpdate(String)
    case contractSignatory(String)
    case contractSign(String)
    case contractStatus(String)
    case contractAxis(String)
    case contractAction(String)
    case contractAnalysis(String)
    case contractDiagnosis(String)
    case contractReviewCreate(String)
    case contractActionPage(String)
    case contractFunding(String)
    case contractIndicator(String)
    case contractTarget(String)
    case contractResult(String)
    case contractReview(String)
    case contractDecision(String)
    case contractFollowUp(String)
    case contractSteering
    case contractSteeringNation
    case contractSteeringRegion(String)
    case contractSteeringDepartement(String)
    case qpvPage(String)
    case communePage(String)
    case publicContracts
    case publicContractsCSV
    case householdResidence(String)

    /// The funding chain of programme 104 (docs/funding.md).
    case funding(FundingRoute)

    /// The Events domain: the Semaine de l'intégration, rencontres territoriales, success stories (`EventsRoute`).
    case events(EventsRoute)

    /// Corrections in a household file: appointments, contact notes, identities (`CaseFileRoute`).
    case casefile(CaseFileRoute)

    case spaceLanguages
    case spaceLanguageChoose
    case spaceSignIn
    case spaceSignInSubmit
    case spaceActivation
    case spaceActivationSubmit
    case spaceSecret
    case spaceSecretSubmit
    case spaceSignOut
    case spaceHome(String)
    case spaceAppointments(String)
    case spaceAppointmentCalendar(String)
    case spaceSteps(String)
    case spaceFrench(String)
    case spaceTitles(String)
    case spaceCourses(String)
    case spaceMessages(String)
    case spaceMessageSend(String)
    case spaceData(String)
    case spaceDataExport(String)
    case spaceDataExportJSON(String)
    case newcomerAccess(String)
    case newcomerAccessOpen(String)
    case newcomerAccessClose(String)
    case newcomerReply(String)
    case appointmentDocuments(String)

    /// Every route, with a sample identifier where the path takes one.
    public static let allCases: [SiteRoute] =
        [
            .root, .login, .loginSubmit, .passwordForgotten, .passwordForgottenSubmit, .logout, .home, .referenceData,
            .communeSearch, .communeSuggestions, .countries,
            .accessibility, .healthz, .readyz, .metrics,
            .organisations, .organisationNew, .organisationCreate, .organisation(sample), .organisationUpdate(sample),
            .organisationDeactivate(sample), .organisationReactivate(sample),
            .accounts, .accountNew, .accountCreate, .account(sample), .accountUpdate(sample),
            .accountDeactivate(sample),
            .accountReactivate(sample), .accountResetPassword(sample),
            .audit, .auditExport, .secondFactor, .secondFactorSubmit, .myAccount, .passwordChange,
            .secondFactorEnrolment,
            .secondFactorConfirm, .secondFactorDisable, .tokenCreate, .tokenRevoke(sample), .apiSpec, .apiMe,
            .apiAgirEligibility, .apiRequirementsEvaluate, .agirDeployment, .agirDeploymentUpdate,
            .agirEligibilityCheck,
            .referrals, .referralNew, .referralCreate, .referral(sample), .referralDecide(sample), .households,
            .household(sample), .householdWelcome(sample), .householdContract(sample), .householdContact(sample),
            .householdExit(sample), .householdDiagnosis(sample), .householdTransfer(sample), .householdMember(sample),
            .householdGoal(sample), .householdAction(sample), .householdActionUpdate(sample),
            .householdAppointment(sample),
            .householdMilestone(sample), .householdMove(sample), .personDetails(sample), .personTitle(sample),
            .personMerge(sample), .personUnmerge(sample), .calendarFeedRenew, .indicatorCatalogue, .dashboard,
            .dashboardNation, .dashboardRegion(sample), .dashboardDepartement(sample), .openData, .calendarFeed(sample),
            .activityReport,
            .activityReportCSV, .personPathway(sample), .pathwayCIR(sample), .pathwayAssessment(sample),
            .pathwayProof(sample), .pathwayCivicExam(sample), .pathwayEnrol(sample), .pathwayWithdraw(sample), .courses,
            .courseCreate,
            .course(sample), .courseAttendance(sample), .requirementRules, .requirementRulesCreate,
            .requirementRulesUpdate(sample), .languageOffer(sample), .statisticalExtract,
            .contracts, .contractNew, .contractCreate, .contract(sample), .contractEdit(sample),
            .contractUpdate(sample),
            .contractSignatory(sample), .contractSign(sample), .contractStatus(sample), .contractAxis(sample),
            .contractAction(sample), .contractAnalysis(sample), .contractDiagnosis(sample),
            .contractReviewCreate(sample),
            .contractActionPage(sample), .contractFunding(sample), .contractIndicator(sample), .contractTarget(sample),
            .contractResult(sample), .contractReview(sample), .contractDecision(sample), .contractFollowUp(sample),
            .contractSteering, .contractSteeringNation, .contractSteeringRegion(sample),
            .contractSteeringDepartement(sample), .qpvPage(sample), .communePage(sample), .publicContracts,
            .publicContractsCSV, .householdResidence(sample),
        ] + FundingRoute.allCases.map(SiteRoute.funding) + EventsRoute.allCases.map(SiteRoute.events)
        + newcomerCases + CaseFileRoute.allCases.map(SiteRoute.casefile)

    /// The routes of the newcomer's space and of the agents' pages about it.
    static let newcomerCases: [SiteRoute] = [
        .spaceLanguages, .spaceLanguageChoose, .spaceSignIn, .spaceSignInSubmit, .spaceActivation,
        .spaceActivationSubmit, .spaceSecret, .spaceSecretSubmit, .spaceSignOut, .spaceHome(sample),
        .spaceAppointments(sample), .spaceAppointmentCalendar(sample), .spaceSteps(sample), .spaceFrench(sample),
        .spaceTitles(sample), .spaceCourses(sample), .spaceMessages(sample), .spaceMessageSend(sample),
        .spaceData(sample), .spaceDataExport(sample), .spaceDataExportJSON(sample), .newcomerAccess(sample),
        .newcomerAccessOpen(sample), .newcomerAccessClose(sample), .newcomerReply(sample),
        .appointmentDocuments(sample),
    ]

    /// The identifier used for `allCases`; no record has it.
    public static let sample = "exemple"

    /// The HTTP method of this route; no default, so that a new route must say which.
    public var method: HTTPRequest.Method {
        switch self {
        case .events(let route): route.method
        case .casefile(let route): route.method
        case .funding(let route): route.method
        case .loginSubmit, .passwordForgottenSubmit, .logout, .organisationCreate, .organisationUpdate,
            .organisationDeactivate,
            .organisationReactivate, .accountCreate, .accountUpdate, .accountDeactivate, .accountReactivate,
            .accountResetPassword, .secondFactorSubmit, .passwordChange, .secondFactorConfirm, .secondFactorDisable,
            .tokenCreate, .tokenRevoke, .apiAgirEligibility, .apiRequirementsEvaluate, .agirDeploymentUpdate,
            .referralCreate, .referralDecide, .householdWelcome, .householdContract, .householdContact, .householdExit,
            .householdDiagnosis, .householdTransfer, .householdMember, .householdGoal, .householdAction,
            .householdActionUpdate, .householdAppointment, .householdMilestone, .householdMove, .personDetails,
            .personTitle,
            .personMerge, .personUnmerge, .calendarFeedRenew, .pathwayCIR, .pathwayAssessment, .pathwayProof,
            .pathwayCivicExam, .pathwayEnrol, .pathwayWithdraw, .courseCreate, .courseAttendance,
            .requirementRulesCreate,
            .requirementRulesUpdate, .contractCreate, .contractUpdate, .contractSignatory, .contractSign,
            .contractStatus, .contractAxis, .contractAction, .contractAnalysis, .contractReviewCreate, .contractFunding,
            .contractIndicator, .contractTarget, .contractResult, .contractDecision, .contractFollowUp,
            .householdResidence:
            .post
        case .spaceLanguageChoose, .spaceSignInSubmit, .spaceActivationSubmit, .spaceSecretSubmit, .spaceSignOut,
            .spaceMessageSend, .newcomerAccessOpen, .newcomerAccessClose, .newcomerReply, .appointmentDocuments:
            .post
        case .spaceLanguages, .spaceSignIn, .spaceActivation, .spaceSecret, .spaceHome, .spaceAppointments,
            .spaceAppointmentCalendar, .spaceSteps, .spaceFrench, .spaceTitles, .spaceCourses, .spaceMessages,
            .spaceData, .spaceDataExport, .spaceDataExportJSON, .newcomerAccess:
            .get
        case .root, .login, .passwordForgotten, .home, .referenceData, .communeSearch, .communeSuggestions, .countries,
            .accessibility,
            .healthz, .readyz, .metrics, .organisations, .organisationNew, .organisation, .accounts, .accountNew,
            .account, .audit, .auditExport, .secondFactor, .myAccount, .secondFactorEnrolment, .apiSpec, .apiMe,
            .agirDeployment, .agirEligibilityCheck, .referrals, .referralNew, .referral, .households, .household,
            .activityReport, .activityReportCSV, .calendarFeed, .indicatorCatalogue, .dashboard, .dashboardNation,
            .dashboardRegion, .dashboardDepartement, .openData, .personPathway, .courses, .course, .requirementRules,
            .languageOffer, .statisticalExtract, .contracts, .contractNew, .contract, .contractEdit, .contractDiagnosis,
            .contractActionPage, .contractReview, .contractSteering, .contractSteeringNation, .contractSteeringRegion,
            .contractSteeringDepartement, .qpvPage, .communePage, .publicContracts, .publicContractsCSV:
            .get
        }
    }

    /// The access policy that guards this route; the switch has no default so that a new route must declare one.
    public var policy: any AccessPolicy {
        switch self {
        case .funding(let route): route.policy
        case .events(let route): route.policy
        case .casefile(let route): route.policy
        case .root, .login, .loginSubmit, .accessibility, .healthz, .readyz, .metrics: PublicAccess()
        case .passwordForgotten, .passwordForgottenSubmit: PublicAccess()
        case .secondFactor, .secondFactorSubmit, .apiSpec: PublicAccess()
        case .tokenCreate, .tokenRevoke, .apiMe, .apiAgirEligibility, .apiRequirementsEvaluate: SignedInAccess()
        case .logout, .home, .referenceData, .communeSearch, .communeSuggestions, .countries: SignedInAccess()
        case .myAccount, .passwordChange, .secondFactorEnrolment, .secondFactorConfirm, .secondFactorDisable:
            SignedInAccess()
        case .organisations, .organisationNew, .organisationCreate, .organisation, .organisationUpdate,
            .organisationDeactivate, .organisationReactivate, .accounts, .accountNew, .accountCreate, .account,
            .accountUpdate, .accountDeactivate, .accountReactivate, .accountResetPassword:
            AdministratorsOnly()
        case .audit, .auditExport: DataProtectionOfficerOnly()
        case .agirDeployment, .agirDeploymentUpdate, .statisticalExtract: NationalSteeringOnly()
        case .agirEligibilityCheck: AgirProfessionals()
        case .referrals, .referral: ReferralParticipants()
        case .referralNew, .referralCreate: OfiiAgentsOnly()
        case .referralDecide, .activityReport, .activityReportCSV, .householdTransfer, .householdMove:
            OperatorManagersOnly()
        case .households, .household, .householdWelcome, .householdContract, .householdContact, .householdExit,
            .householdDiagnosis, .householdMember, .householdGoal, .householdAction, .householdActionUpdate,
            .householdAppointment, .householdMilestone, .personDetails, .personTitle, .personMerge, .personUnmerge,
            .calendarFeedRenew, .personPathway, .pathwayCIR, .pathwayAssessment, .pathwayProof, .pathwayCivicExam,
            .pathwayEnrol, .pathwayWithdraw:
            OperatorStaff()
        case .courses, .courseCreate, .course, .courseAttendance: TrainingProviders()
        case .requirementRules, .requirementRulesCreate, .requirementRulesUpdate: NationalSteeringOnly()
        case .languageOffer: SteeringRoles()
        case .calendarFeed, .indicatorCatalogue, .openData: PublicAccess()
        case .dashboard, .dashboardNation, .dashboardRegion, .dashboardDepartement: SteeringRoles()
        case .contracts, .contract, .contractDiagnosis, .contractActionPage, .contractReview: ContractParticipants()
        case .contractNew, .contractCreate, .contractEdit, .contractUpdate, .contractSignatory, .contractSign,
            .contractStatus, .contractAxis, .contractAction, .contractReviewCreate, .contractFunding,
            .contractIndicator, .contractTarget, .contractDecision, .contractFollowUp:
            ContractDrafters()
        case .contractAnalysis, .contractResult: ContractReporters()
        case .contractSteering, .contractSteeringNation, .contractSteeringRegion, .contractSteeringDepartement,
            .qpvPage, .communePage:
            SteeringRoles()
        case .publicContracts, .publicContractsCSV: PublicAccess()
        case .householdResidence: OperatorStaff()
        case .spaceLanguages, .spaceLanguageChoose, .spaceSignIn, .spaceSignInSubmit, .spaceActivation,
            .spaceActivationSubmit, .spaceSecret, .spaceSecretSubmit:
            PublicAccess()
        case .spaceSignOut, .spaceHome, .spaceAppointments, .spaceAppointmentCalendar, .spaceSteps, .spaceFrench,
            .spaceTitles, .spaceCourses, .spaceMessages, .spaceMessageSend, .spaceData, .spaceDataExport,
            .spaceDataExportJSON:
            NewcomersOnly()
        case .newcomerAccess, .newcomerAccessOpen, .newcomerAccessClose: SpaceOpenerAgents()
        case .newcomerReply, .appointmentDocuments: OperatorStaff()
        }
    }

    /// Whether an account obliged to enrol a second factor may use this route before it has.
    var allowedDuringEnrolment: Bool {
        switch self {
        case .secondFactorEnrolment, .secondFactorConfirm, .logout, .accessibility, .healthz, .readyz, .metrics: true
        default: false
        }
    }

    /// Whether an account whose password is temporary may reach this route (changing it, leaving, the statement).
    var allowedWithTemporaryPassword: Bool {
        switch self {
        case .myAccount, .passwordChange, .logout, .accessibility, .healthz, .readyz, .metrics: true
        default: false
        }
    }
}
