import Domain
import HTTPTypes

/// The addresses of the funding chain (programme 104), nested in `SiteRoute.funding`: each with one method and one
/// named access policy, like every other route.
public enum FundingRoute: Hashable, Sendable, CaseIterable {
    case publicCalls
    case publicCall(String)
    case openDataCSV
    case mine
    case start
    case application(String)
    case save(String)
    case attach(String)
    case document(String)
    case removeDocument(String)
    case submission(String)
    case notification(String)
    case fileReport(String)
    case lines
    case lineCreate
    case lineUpdate(String)
    case calls
    case callCreate
    case call(String)
    case publish(String)
    case committee(String)
    case instruction(String)
    case score(String)
    case decide(String)
    case convention(String)
    case commit(String)
    case pay(String)
    case acceptReport(String)
    case steering
    case steeringNation
    case steeringRegion(String)
    case steeringDepartement(String)
    case steeringCSV(String)
    case steeringXLSX(String)
    case organisation(String)
    case chorusCSV
    case apiCalls
    case apiGrants(String)
    case apiLine(String)

    /// Every route, with a sample identifier where the path takes one.
    public static var allCases: [FundingRoute] {
        let id = SiteRoute.sample
        return [
            .publicCalls, .publicCall(id), .openDataCSV, .mine, .start, .application(id), .save(id), .attach(id),
            .document(id), .removeDocument(id), .submission(id), .notification(id), .fileReport(id), .lines,
            .lineCreate, .lineUpdate(id), .calls, .callCreate, .call(id), .publish(id), .committee(id),
            .instruction(id), .score(id), .decide(id), .convention(id), .commit(id), .pay(id), .acceptReport(id),
            .steering, .steeringNation, .steeringRegion(id), .steeringDepartement(id), .steeringCSV(id),
            .steeringXLSX(id), .organisation(id), .chorusCSV, .apiCalls, .apiGrants(id), .apiLine(id),
        ]
    }

    /// The HTTP method.
    public var method: HTTPRequest.Method {
        switch self {
        case .start, .save, .attach, .removeDocument, .fileReport, .lineCreate, .lineUpdate, .callCreate, .publish,
            .committee, .score, .decide, .convention, .commit, .pay, .acceptReport:
            .post
        case .publicCalls, .publicCall, .openDataCSV, .mine, .application, .document, .submission, .notification,
            .lines, .calls, .call, .instruction, .steering, .steeringNation, .steeringRegion, .steeringDepartement,
            .steeringCSV, .steeringXLSX, .organisation, .chorusCSV, .apiCalls, .apiGrants, .apiLine:
            .get
        }
    }

    /// The access policy.
    public var policy: any AccessPolicy {
        switch self {
        case .publicCalls, .publicCall, .openDataCSV, .apiCalls: PublicAccess()
        case .mine, .start, .application, .save, .attach, .removeDocument, .fileReport: FundingApplicants()
        case .document, .submission, .notification: FundingParticipants()
        case .lineCreate, .lineUpdate: BudgetManagers()
        case .calls, .callCreate, .call, .publish, .committee, .instruction, .score, .decide, .convention, .commit,
            .pay, .acceptReport:
            FundingAgents()
        case .lines, .steering, .steeringNation, .steeringRegion, .steeringDepartement, .steeringCSV, .steeringXLSX,
            .organisation, .chorusCSV, .apiGrants, .apiLine:
            SteeringRoles()
        }
    }

    /// Whether the route receives a file (its body may reach the document store's limit).
    var acceptsUpload: Bool {
        if case .attach = self { true } else { false }
    }

    /// The identifier in the path, if any.
    var identifier: String? {
        switch self {
        case .publicCall(let id), .application(let id), .save(let id), .attach(let id), .document(let id),
            .removeDocument(let id), .submission(let id), .notification(let id), .fileReport(let id),
            .lineUpdate(let id), .call(let id), .publish(let id), .committee(let id), .instruction(let id),
            .score(let id), .decide(let id), .convention(let id), .commit(let id), .pay(let id), .acceptReport(let id),
            .steeringRegion(let id), .steeringDepartement(let id), .steeringCSV(let id), .steeringXLSX(let id),
            .organisation(let id), .apiGrants(let id), .apiLine(let id):
            id
        default: nil
        }
    }

    /// The path with `id` in place of the identifier.
    func template(id: String) -> String {
        switch self {
        case .publicCalls: "/appels-a-projets"
        case .publicCall: "/appels-a-projets/\(id)"
        case .openDataCSV: "/donnees-ouvertes/appels-a-projets.csv"
        case .mine: "/subventions"
        case .start: "/subventions/demandes"
        case .application, .save: "/subventions/demandes/\(id)"
        case .attach: "/subventions/demandes/\(id)/pieces"
        case .fileReport: "/subventions/demandes/\(id)/compte-rendu"
        case .notification: "/subventions/demandes/\(id)/notification"
        case .document: "/subventions/pieces/\(id)"
        case .removeDocument: "/subventions/pieces/\(id)/retrait"
        case .submission: "/subventions/versions/\(id)"
        case .lines, .lineCreate: "/credits/lignes"
        case .lineUpdate: "/credits/lignes/\(id)"
        case .calls, .callCreate: "/credits/appels"
        case .call: "/credits/appels/\(id)"
        case .publish: "/credits/appels/\(id)/publication"
        case .committee: "/credits/appels/\(id)/comites"
        case .instruction: "/credits/demandes/\(id)"
        case .score: "/credits/demandes/\(id)/notation"
        case .decide: "/credits/demandes/\(id)/decision"
        case .convention: "/credits/demandes/\(id)/convention"
        case .commit: "/credits/demandes/\(id)/engagement"
        case .pay: "/credits/demandes/\(id)/paiements"
        case .acceptReport: "/credits/demandes/\(id)/compte-rendu"
        case .steering: "/pilotage/credits"
        case .steeringNation: "/pilotage/credits/france"
        case .steeringRegion: "/pilotage/credits/regions/\(id)"
        case .steeringDepartement: "/pilotage/credits/departements/\(id)"
        case .steeringCSV: "/pilotage/credits/export/\(id)/credits.csv"
        case .steeringXLSX: "/pilotage/credits/export/\(id)/credits.xlsx"
        case .organisation: "/pilotage/credits/organismes/\(id)"
        case .chorusCSV: "/pilotage/credits/engagements-paiements.csv"
        case .apiCalls: "/api/v1/funding/calls"
        case .apiGrants: "/api/v1/funding/organisations/\(id)/grants"
        case .apiLine: "/api/v1/funding/lines/\(id)/execution"
        }
    }
}
