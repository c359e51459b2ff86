import Domain
import HTTPTypes

/// The routes of the Events domain (issue 17), each a case of `SiteRoute.events`: the public calendar and its
/// feeds, the back office of events, editions, rencontres territoriales, success stories and steering.
public enum EventsRoute: Hashable, Sendable, CaseIterable {
    // Public, without login.
    case calendar
    case calendarMap
    case publicEvent(String)
    case register(String)
    case registration(String)
    case registrationCancel(String)
    case feed
    case departementFeed(String)
    case programme(String)
    case openDataCSV
    case openDataJSON
    case gallery
    case publicStory(String)
    // Back office of events.
    case events
    case eventNew
    case eventCreate
    case event(String)
    case eventUpdate(String)
    case eventAction(String)
    case eventAttendance(String)
    case eventsCopy(String)
    // Editions.
    case editions
    case editionCreate
    case edition(String)
    case editionUpdate(String)
    // Rencontres territoriales.
    case meetings
    case meetingNew
    case meetingCreate
    case meeting(String)
    // Success stories.
    case stories
    case storyNew
    case storyCreate
    case story(String)
    case storyUpdate(String)
    case storyAction(String)
    case storyWithdraw(String)
    // Steering.
    case steering

    /// Every route, with the sample identifier where the path takes one.
    public static let allCases: [EventsRoute] = {
        let sample = SiteRoute.sample
        return [
            .calendar, .calendarMap, .publicEvent(sample), .register(sample), .registration(sample),
            .registrationCancel(sample), .feed, .departementFeed(sample), .programme(sample), .openDataCSV,
            .openDataJSON, .gallery, .publicStory(sample), .events, .eventNew, .eventCreate, .event(sample),
            .eventUpdate(sample), .eventAction(sample), .eventAttendance(sample), .eventsCopy(sample), .editions,
            .editionCreate, .edition(sample), .editionUpdate(sample), .meetings, .meetingNew, .meetingCreate,
            .meeting(sample), .stories, .storyNew, .storyCreate, .story(sample), .storyUpdate(sample),
            .storyAction(sample), .storyWithdraw(sample), .steering,
        ]
    }()

    /// The HTTP method.
    public var method: HTTPRequest.Method {
        switch self {
        case .register, .registrationCancel, .eventCreate, .eventUpdate, .eventAction, .eventAttendance, .eventsCopy,
            .editionCreate, .editionUpdate, .meetingCreate, .storyCreate, .storyUpdate, .storyAction, .storyWithdraw:
            .post
        case .calendar, .calendarMap, .publicEvent, .registration, .feed, .departementFeed, .programme, .openDataCSV,
            .openDataJSON, .gallery, .publicStory, .events, .eventNew, .event, .editions, .edition, .meetings,
            .meetingNew, .meeting, .stories, .storyNew, .story, .steering:
            .get
        }
    }

    /// The access policy.
    public var policy: any AccessPolicy {
        switch self {
        case .calendar, .calendarMap, .publicEvent, .register, .registration, .registrationCancel, .feed,
            .departementFeed, .programme, .openDataCSV, .openDataJSON, .gallery, .publicStory:
            PublicAccess()
        case .events, .eventNew, .eventCreate, .event, .eventUpdate, .eventAction, .eventAttendance: EventOrganisers()
        case .eventsCopy: PrefectureAgentsOnly()
        case .editions, .editionCreate, .edition, .editionUpdate: NationalSteeringOnly()
        case .meetings, .meeting: SteeringRoles()
        case .meetingNew, .meetingCreate: MeetingRecorders()
        case .storyNew, .storyCreate, .storyUpdate: StoryAuthors()
        case .stories, .story, .storyAction, .storyWithdraw: StoryParticipants()
        case .steering: SteeringRoles()
        }
    }

    /// The identifier in the path, if any.
    var id: String? {
        switch self {
        case .publicEvent(let id), .register(let id), .registration(let id), .registrationCancel(let id),
            .departementFeed(let id), .programme(let id), .publicStory(let id), .event(let id), .eventUpdate(let id),
            .eventAction(let id), .eventAttendance(let id), .eventsCopy(let id), .edition(let id),
            .editionUpdate(let id), .meeting(let id), .story(let id), .storyUpdate(let id), .storyAction(let id),
            .storyWithdraw(let id):
            id
        default: nil
        }
    }

    /// The path with `id` in place of the identifier.
    func template(id: String) -> String {
        switch self {
        case .calendar: "/semaine"
        case .calendarMap: "/semaine/carte"
        case .publicEvent: "/semaine/evenements/\(id)"
        case .register: "/semaine/evenements/\(id)/inscription"
        case .registration, .registrationCancel: "/semaine/inscriptions/\(id)"
        case .feed: "/semaine/agenda.ics"
        case .departementFeed: "/semaine/departements/\(id)/agenda.ics"
        case .programme: "/semaine/departements/\(id)/programme"
        case .openDataCSV: "/semaine/evenements.csv"
        case .openDataJSON: "/semaine/evenements.json"
        case .gallery: "/semaine/recits"
        case .publicStory: "/semaine/recits/\(id)"
        case .events: "/evenements"
        case .eventNew, .eventCreate: "/evenements/nouveau"
        case .event, .eventUpdate: "/evenements/\(id)"
        case .eventAction: "/evenements/\(id)/etat"
        case .eventAttendance: "/evenements/\(id)/bilan"
        case .eventsCopy: "/evenements/copie/\(id)"
        case .editions, .editionCreate: "/pilotage/semaine/editions"
        case .edition, .editionUpdate: "/pilotage/semaine/editions/\(id)"
        case .meetings: "/rencontres"
        case .meetingNew, .meetingCreate: "/rencontres/nouvelle"
        case .meeting: "/rencontres/\(id)"
        case .stories: "/recits"
        case .storyNew, .storyCreate: "/recits/nouveau"
        case .story, .storyUpdate: "/recits/\(id)"
        case .storyAction: "/recits/\(id)/etat"
        case .storyWithdraw: "/recits/\(id)/retrait-consentement"
        case .steering: "/pilotage/semaine"
        }
    }
}
