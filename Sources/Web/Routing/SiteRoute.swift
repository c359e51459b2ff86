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
        + newcomerCases

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

    /// The path pattern the router matches, with `:id` for identifiers.
    var pattern: String { template(id: ":id") }

    /// The path, as written in links.
    public var path: String {
        switch self {
        case .organisation(let id), .organisationUpdate(let id), .organisationDeactivate(let id),
            .organisationReactivate(let id), .account(let id), .accountUpdate(let id), .accountDeactivate(let id),
            .accountReactivate(let id), .accountResetPassword(let id), .tokenRevoke(let id), .referral(let id),
            .referralDecide(let id), .household(let id), .householdWelcome(let id), .householdContract(let id),
            .householdContact(let id), .householdExit(let id), .householdDiagnosis(let id),
            .householdTransfer(let id), .householdMember(let id), .householdGoal(let id), .householdAction(let id),
            .householdActionUpdate(let id), .householdAppointment(let id), .householdMilestone(let id),
            .householdMove(let id), .personDetails(let id), .personTitle(let id), .personMerge(let id),
            .personUnmerge(let id), .calendarFeed(let id), .dashboardRegion(let id), .dashboardDepartement(let id),
            .personPathway(let id), .pathwayCIR(let id), .pathwayAssessment(let id), .pathwayProof(let id),
            .pathwayCivicExam(let id), .pathwayEnrol(let id), .pathwayWithdraw(let id), .course(let id),
            .courseAttendance(let id),
            .requirementRulesUpdate(let id), .languageOffer(let id), .contract(let id), .contractEdit(let id),
            .contractUpdate(let id), .contractSignatory(let id), .contractSign(let id), .contractStatus(let id),
            .contractAxis(let id), .contractAction(let id), .contractAnalysis(let id), .contractDiagnosis(let id),
            .contractReviewCreate(let id), .contractActionPage(let id), .contractFunding(let id),
            .contractIndicator(let id), .contractTarget(let id), .contractResult(let id), .contractReview(let id),
            .contractDecision(let id), .contractFollowUp(let id), .contractSteeringRegion(let id),
            .contractSteeringDepartement(let id), .qpvPage(let id), .communePage(let id), .householdResidence(let id):
            template(id: FormData.encode(id))
        case .funding(let route): route.template(id: FormData.encode(route.identifier ?? ""))
        case .events(let route): route.template(id: route.id.map(FormData.encode) ?? "")
        case .spaceHome(let id), .spaceAppointments(let id), .spaceAppointmentCalendar(let id), .spaceSteps(let id),
            .spaceFrench(let id), .spaceTitles(let id), .spaceCourses(let id), .spaceMessages(let id),
            .spaceMessageSend(let id), .spaceData(let id), .spaceDataExport(let id), .spaceDataExportJSON(let id),
            .newcomerAccess(let id), .newcomerAccessOpen(let id), .newcomerAccessClose(let id), .newcomerReply(let id),
            .appointmentDocuments(let id):
            template(id: FormData.encode(id))
        default: template(id: "")
        }
    }

    private func template(id: String) -> String {
        switch self {
        case .funding(let route): route.template(id: id)
        case .events(let route): route.template(id: id)
        case .root: "/"
        case .login, .loginSubmit: "/connexion"
        case .passwordForgotten, .passwordForgottenSubmit: "/connexion/mot-de-passe-oublie"
        case .logout: "/deconnexion"
        case .home: "/accueil"
        case .referenceData: "/referentiels"
        case .communeSearch: "/referentiels/communes"
        case .communeSuggestions: "/referentiels/communes.json"
        case .countries: "/referentiels/pays"
        case .accessibility: "/accessibilite"
        case .healthz: "/healthz"
        case .readyz: "/readyz"
        case .metrics: "/metrics"
        case .organisations: "/admin/organisations"
        case .organisationNew, .organisationCreate: "/admin/organisations/nouvelle"
        case .organisation, .organisationUpdate: "/admin/organisations/\(id)"
        case .organisationDeactivate: "/admin/organisations/\(id)/desactivation"
        case .organisationReactivate: "/admin/organisations/\(id)/reactivation"
        case .accounts: "/admin/comptes"
        case .accountNew, .accountCreate: "/admin/comptes/nouveau"
        case .account, .accountUpdate: "/admin/comptes/\(id)"
        case .accountDeactivate: "/admin/comptes/\(id)/desactivation"
        case .accountReactivate: "/admin/comptes/\(id)/reactivation"
        case .accountResetPassword: "/admin/comptes/\(id)/mot-de-passe"
        case .audit: "/audit"
        case .auditExport: "/audit/export.csv"
        case .secondFactor, .secondFactorSubmit: "/connexion/code"
        case .myAccount: "/compte"
        case .passwordChange: "/compte/mot-de-passe"
        case .secondFactorEnrolment, .secondFactorConfirm: "/compte/double-authentification"
        case .secondFactorDisable: "/compte/double-authentification/desactivation"
        case .tokenCreate: "/compte/jetons"
        case .tokenRevoke: "/compte/jetons/\(id)/revocation"
        case .apiSpec: "/api/openapi.yaml"
        case .apiMe: "/api/v1/me"
        case .apiAgirEligibility: "/api/v1/agir/eligibility"
        case .apiRequirementsEvaluate: "/api/v1/requirements/evaluate"
        case .agirDeployment, .agirDeploymentUpdate: "/pilotage/deploiement-agir"
        case .agirEligibilityCheck: "/agir/eligibilite"
        case .referrals: "/orientations"
        case .referralNew, .referralCreate: "/orientations/nouvelle"
        case .referral: "/orientations/\(id)"
        case .referralDecide: "/orientations/\(id)/decision"
        case .households: "/menages"
        case .household: "/menages/\(id)"
        case .householdWelcome: "/menages/\(id)/accueil"
        case .householdContract: "/menages/\(id)/contrat"
        case .householdContact: "/menages/\(id)/entretiens"
        case .householdExit: "/menages/\(id)/sortie"
        case .householdDiagnosis: "/menages/\(id)/diagnostic"
        case .householdTransfer: "/menages/\(id)/transfert"
        case .householdMember: "/menages/\(id)/membres"
        case .householdGoal: "/menages/\(id)/objectifs"
        case .householdAction: "/menages/\(id)/actions"
        case .householdActionUpdate: "/menages/\(id)/actions/suivi"
        case .householdAppointment: "/menages/\(id)/rendez-vous"
        case .householdMilestone: "/menages/\(id)/jalons"
        case .householdMove: "/menages/\(id)/transfert-operateur"
        case .personDetails: "/menages/\(id)/personnes"
        case .personTitle: "/menages/\(id)/titres"
        case .personMerge: "/menages/\(id)/fusion"
        case .personUnmerge: "/menages/\(id)/annulation-fusion"
        case .indicatorCatalogue: "/indicateurs"
        case .openData: "/donnees-ouvertes"
        case .dashboard: "/pilotage"
        case .dashboardNation: "/pilotage/france"
        case .statisticalExtract: "/pilotage/france/extrait-statistique.csv"
        case .dashboardRegion: "/pilotage/regions/\(id)"
        case .dashboardDepartement: "/pilotage/departements/\(id)"
        case .calendarFeedRenew: "/compte/agenda"
        case .calendarFeed: "/agenda/\(id)"
        case .activityReport: "/rapport-mensuel"
        case .activityReportCSV: "/rapport-mensuel.csv"
        case .personPathway: "/personnes/\(id)/parcours"
        case .pathwayCIR: "/personnes/\(id)/parcours/cir"
        case .pathwayAssessment: "/personnes/\(id)/parcours/evaluations"
        case .pathwayProof: "/personnes/\(id)/parcours/justificatifs"
        case .pathwayCivicExam: "/personnes/\(id)/parcours/examens-civiques"
        case .pathwayEnrol: "/personnes/\(id)/parcours/inscriptions"
        case .pathwayWithdraw: "/personnes/\(id)/parcours/retrait"
        case .courses, .courseCreate: "/formations"
        case .course: "/formations/\(id)"
        case .courseAttendance: "/formations/\(id)/presences"
        case .requirementRules, .requirementRulesCreate: "/pilotage/regles"
        case .requirementRulesUpdate: "/pilotage/regles/\(id)"
        case .languageOffer: "/pilotage/departements/\(id)/offre-linguistique"
        case .contracts: "/ctai"
        case .contractNew: "/ctai/nouveau"
        case .contractCreate: "/ctai/nouveau"
        case .contract: "/ctai/\(id)"
        case .contractEdit: "/ctai/\(id)/modification"
        case .contractUpdate: "/ctai/\(id)/modification"
        case .contractSignatory: "/ctai/\(id)/signataires"
        case .contractSign: "/ctai/\(id)/signature"
        case .contractStatus: "/ctai/\(id)/etat"
        case .contractAxis: "/ctai/\(id)/axes"
        case .contractAction: "/ctai/\(id)/actions"
        case .contractAnalysis: "/ctai/\(id)/analyse"
        case .contractDiagnosis: "/ctai/\(id)/diagnostic"
        case .contractReviewCreate: "/ctai/\(id)/comites"
        case .contractActionPage: "/ctai/actions/\(id)"
        case .contractFunding: "/ctai/actions/\(id)/financements"
        case .contractIndicator: "/ctai/actions/\(id)/indicateurs"
        case .contractTarget: "/ctai/actions/\(id)/cibles"
        case .contractResult: "/ctai/actions/\(id)/resultats"
        case .contractReview: "/ctai/comites/\(id)"
        case .contractDecision: "/ctai/comites/\(id)/decisions"
        case .contractFollowUp: "/ctai/comites/\(id)/suivis"
        case .contractSteering: "/ctai/pilotage"
        case .contractSteeringNation: "/ctai/pilotage/france"
        case .contractSteeringRegion: "/ctai/pilotage/regions/\(id)"
        case .contractSteeringDepartement: "/ctai/pilotage/departements/\(id)"
        case .qpvPage: "/territoires/qpv/\(id)"
        case .communePage: "/territoires/communes/\(id)"
        case .publicContracts: "/contrats-territoriaux"
        case .publicContractsCSV: "/contrats-territoriaux.csv"
        case .householdResidence: "/menages/\(id)/quartier-prioritaire"
        case .spaceLanguages: "/espace"
        case .spaceLanguageChoose: "/espace/langue"
        case .spaceSignIn, .spaceSignInSubmit: "/espace/connexion"
        case .spaceActivation, .spaceActivationSubmit: "/espace/premiere-connexion"
        case .spaceSecret, .spaceSecretSubmit: "/espace/premiere-connexion/secret"
        case .spaceSignOut: "/espace/deconnexion"
        case .spaceHome: "/espace/\(id)"
        case .spaceAppointments: "/espace/\(id)/rendez-vous"
        case .spaceAppointmentCalendar: "/espace/rendez-vous/\(id)/agenda.ics"
        case .spaceSteps: "/espace/\(id)/demarches"
        case .spaceFrench: "/espace/\(id)/francais"
        case .spaceTitles: "/espace/\(id)/titres"
        case .spaceCourses: "/espace/\(id)/formations"
        case .spaceMessages, .spaceMessageSend: "/espace/\(id)/messages"
        case .spaceData: "/espace/\(id)/mes-donnees"
        case .spaceDataExport: "/espace/\(id)/mes-donnees/copie"
        case .spaceDataExportJSON: "/espace/\(id)/mes-donnees/copie.json"
        case .newcomerAccess: "/personnes/\(id)/espace"
        case .newcomerAccessOpen: "/personnes/\(id)/espace/ouverture"
        case .newcomerAccessClose: "/personnes/\(id)/espace/fermeture"
        case .newcomerReply: "/personnes/\(id)/espace/messages"
        case .appointmentDocuments: "/rendez-vous/\(id)/documents"
        }
    }

    /// Whether a concrete path matches this route's pattern (`:id` matches any one segment).
    func matches(path: String) -> Bool {
        let expected = pattern.split(separator: "/")
        let actual = path.split(separator: "/")
        guard expected.count == actual.count else { return false }
        return zip(expected, actual).allSatisfy { $0 == $1 || $0 == ":id" }
    }

    /// The path as the router matches it.
    var routerPath: RouterPath { RouterPath(pattern) }

    /// The path with a query string, for links that carry parameters.
    public func path(query: [(String, String)]) -> String {
        guard !query.isEmpty else { return path }
        return path + "?" + query.map { "\(FormData.encode($0.0))=\(FormData.encode($0.1))" }.joined(separator: "&")
    }

    /// The path of a static file (stylesheet, script) served with long-lived cache headers.
    public static func asset(_ name: String) -> String { "/static/\(name)?v=\(assetVersion)" }

    /// Bumped when a static file changes, so that browsers fetch the new one despite caching.
    static let assetVersion = "4"
}
