import Foundation

/// An event as typed by a prefecture or a partner: every field as sent, checked by `validate`.
public struct EventInput: Sendable, Equatable {
    public var editionID = ""
    public var title = ""
    public var kind = ""
    public var themes: [String] = []
    public var description = ""
    public var startDay = ""
    public var startTime = ""
    public var endDay = ""
    public var endTime = ""
    public var address = ""
    public var communeCode = ""
    public var qpvCode = ""
    public var audience = ""
    public var capacity = ""
    public var accessibility = ""
    /// Organiser and partner rows: name, kind code, role ("organisateur" or "partenaire"); empty names are skipped.
    public var organisers: [(name: String, kind: String, role: String)] = []

    public init() {}

    public static func == (lhs: EventInput, rhs: EventInput) -> Bool {
        lhs.title == rhs.title && lhs.startDay == rhs.startDay && lhs.communeCode == rhs.communeCode
            && lhs.organisers.map { "\($0)" } == rhs.organisers.map { "\($0)" }
    }

    /// The number of organiser and partner rows the form offers.
    public static let organiserRows = 4
}

/// One organiser or partner of an event.
public struct EventOrganiser: Sendable, Equatable {
    public let name: String
    public let kind: OrganiserKind
    /// True for an organiser, false for a partner.
    public let organises: Bool

    public init(name: String, kind: OrganiserKind, organises: Bool) {
        self.name = name
        self.kind = kind
        self.organises = organises
    }
}

/// The checked fields of an event; instants are UTC, computed from the local times of the département.
public struct ValidEvent: Sendable, Equatable {
    public let title: String
    public let kind: EventKind
    public let themes: [EventTheme]
    public let description: String
    public let startsAt: Date
    public let endsAt: Date
    public let startDay: CalendarDay
    public let endDay: CalendarDay
    public let address: String
    public let communeCode: String
    public let qpvCode: String?
    public let audience: EventAudience
    public let capacity: Int?
    public let accessibility: String
    public let organisers: [EventOrganiser]

    public init(
        title: String,
        kind: EventKind,
        themes: [EventTheme],
        description: String,
        startsAt: Date,
        endsAt: Date,
        startDay: CalendarDay,
        endDay: CalendarDay,
        address: String,
        communeCode: String,
        qpvCode: String?,
        audience: EventAudience,
        capacity: Int?,
        accessibility: String,
        organisers: [EventOrganiser]
    ) {
        self.title = title
        self.kind = kind
        self.themes = themes
        self.description = description
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.startDay = startDay
        self.endDay = endDay
        self.address = address
        self.communeCode = communeCode
        self.qpvCode = qpvCode
        self.audience = audience
        self.capacity = capacity
        self.accessibility = accessibility
        self.organisers = organisers
    }
}
