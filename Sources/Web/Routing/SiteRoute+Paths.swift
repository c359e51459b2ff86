import Domain
import Hummingbird

/// How each route is written: its path pattern for the router, its path in links, and the versioned assets.
extension SiteRoute {
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
        case .casefile(let route): route.template(id: FormData.encode(route.id))
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
        case .casefile(let route): route.template(id: id)
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
    static let assetVersion = "5"
}
