import Domain
import HTTPTypes

/// The routes of corrections in a household file (issue 14, item 10), each a case of `SiteRoute.casefile`: an
/// appointment moved, cancelled or marked attended or missed; a contact's note corrected; a member's identity
/// corrected. Each form has its own page, reached from the file.
public enum CaseFileRoute: Hashable, Sendable, CaseIterable {
    case appointment(String)
    case appointmentMove(String)
    case appointmentCancel(String)
    case appointmentOutcome(String)
    case contact(String)
    case contactCorrect(String)
    case identity(String)
    case identityCorrect(String)

    /// Every route, with the sample identifier.
    public static let allCases: [CaseFileRoute] = {
        let sample = SiteRoute.sample
        return [
            .appointment(sample), .appointmentMove(sample), .appointmentCancel(sample), .appointmentOutcome(sample),
            .contact(sample), .contactCorrect(sample), .identity(sample), .identityCorrect(sample),
        ]
    }()

    /// The HTTP method.
    public var method: HTTPRequest.Method {
        switch self {
        case .appointment, .contact, .identity: .get
        case .appointmentMove, .appointmentCancel, .appointmentOutcome, .contactCorrect, .identityCorrect: .post
        }
    }

    /// The access policy: operator staff; the services then keep each to the households they may open, and to
    /// those they may write in (`HouseholdWriteRule`, `ContactNoteRule`).
    public var policy: any AccessPolicy { OperatorStaff() }

    /// The appointment's, contact's or person's identifier.
    var id: String {
        switch self {
        case .appointment(let id), .appointmentMove(let id), .appointmentCancel(let id), .appointmentOutcome(let id),
            .contact(let id), .contactCorrect(let id), .identity(let id), .identityCorrect(let id):
            id
        }
    }

    /// The path with `id` in place of the identifier.
    func template(id: String) -> String {
        switch self {
        case .appointment: "/rendez-vous/\(id)"
        case .appointmentMove: "/rendez-vous/\(id)/deplacement"
        case .appointmentCancel: "/rendez-vous/\(id)/annulation"
        case .appointmentOutcome: "/rendez-vous/\(id)/presence"
        case .contact: "/entretiens/\(id)"
        case .contactCorrect: "/entretiens/\(id)/correction"
        case .identity, .identityCorrect: "/personnes/\(id)/identite"
        }
    }
}
