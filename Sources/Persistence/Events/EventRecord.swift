import Domain
import Foundation

/// A stored event with the names around it, its registration counts and, once held, its attendance.
public struct EventRecord: Sendable, Equatable {
    public let id: String
    public let editionID: String?
    public let departementCode: String
    public let departementName: String
    public let communeName: String
    public let organisationID: String
    public let organisationName: String
    public let state: EventState
    public let event: ValidEvent
    public let registeredCount: Int
    public let waitingCount: Int
    public let reviewNote: String?
    public let registrantsErased: Bool
    public let attendance: [AttendanceKind: Int]
    /// The event of the previous edition this one was copied from, if any.
    public let copiedFrom: String?

    /// Seats still free, when the event takes registrations.
    public var seatsLeft: Int? { event.capacity.map { max(0, $0 - registeredCount) } }

    /// The number of people counted after the event.
    public var attendanceTotal: Int { attendance.values.reduce(0, +) }
}

/// An event in a list: enough for a line of the calendar or of the back office.
public struct EventSummary: Sendable, Equatable {
    public let id: String
    public let title: String
    public let kind: EventKind
    public let state: EventState
    public let startsAt: Date
    public let endsAt: Date
    public let departementCode: String
    public let departementName: String
    public let communeName: String
    public let audience: EventAudience
    public let capacity: Int?
    public let registeredCount: Int
    public let themes: [EventTheme]
    public let organisationName: String

    /// Seats still free, when the event takes registrations.
    public var seatsLeft: Int? { capacity.map { max(0, $0 - registeredCount) } }
}

/// The filters of the public calendar; nil means "all".
public struct CalendarFilter: Sendable, Equatable {
    public var departement: String?
    public var theme: EventTheme?
    public var kind: EventKind?
    public var day: CalendarDay?

    public init(departement: String? = nil, theme: EventTheme? = nil, kind: EventKind? = nil, day: CalendarDay? = nil) {
        self.departement = departement
        self.theme = theme
        self.kind = kind
        self.day = day
    }
}
