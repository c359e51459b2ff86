import Domain
import Foundation

/// Everything Parcours holds about a person that their space may show, for their right of access (GDPR art. 15):
/// written as JSON and shown as a page. The health section, the caseworker's notes and other members' details are
/// not in it.
public struct SpaceExport: Sendable, Codable, Equatable {
    public struct Person: Sendable, Codable, Equatable {
        public let documentNames: String
        public let usualNames: String
        public let birth: String
        public let sex: String
        public let nationality: String
        public let protection: String?
        public let protectionAuthority: String?
        public let protectionDate: CalendarDay?
        public let cirSignedOn: CalendarDay?
        public let agdref: String?
        public let languages: String?
        public let phone: String?
        public let email: String?
        public let ofpraNumber: String?
        public let cafNumber: String?
        public let franceTravailID: String?
        public let socialSecurityNumber: String?
    }

    public struct Household: Sendable, Codable, Equatable {
        public let departement: String
        public let stage: HouseholdStage
        public let organisation: String
        public let caseworker: String?
        public let welcomeInterview: CalendarDay?
        public let contractSigned: CalendarDay?
        /// The other members, by name and year of birth only.
        public let otherMembers: [String]
    }

    public struct Appointment: Sendable, Codable, Equatable {
        public let startsAt: String
        /// Planned, attended, missed or cancelled (`AppointmentStatus`): a cancelled appointment is data too.
        public let status: String
        public let minutes: Int
        public let place: String
        public let documents: [DocumentToBring]
    }

    public struct Step: Sendable, Codable, Equatable {
        public let domain: String
        public let goal: String
        public let action: String
        public let actor: String
        public let due: CalendarDay?
        public let status: String
    }

    public struct Event: Sendable, Codable, Equatable {
        public let date: CalendarDay
        public let kind: String
        public let value: String
    }

    public struct Level: Sendable, Codable, Equatable {
        public let date: CalendarDay
        public let source: String
        public let levels: [String: String]
        /// For a certificate: the first day it no longer counts.
        public let stopsCountingOn: CalendarDay?
    }

    public struct Exam: Sendable, Codable, Equatable {
        public let date: CalendarDay
        public let version: String
        public let score: Int
    }

    public struct Enrolment: Sendable, Codable, Equatable {
        public let course: String
        public let provider: String
        public let status: String
        public let requestedOn: CalendarDay
        public let attendedHours: Int
    }

    public struct Title: Sendable, Codable, Equatable {
        public let kind: String
        public let validFrom: CalendarDay
        public let validTo: CalendarDay?
    }

    public struct Message: Sendable, Codable, Equatable {
        public let sentAt: Date
        public let fromYou: Bool
        public let body: String
    }

    public struct Access: Sendable, Codable, Equatable {
        public let openedAt: Date
        public let activatedAt: Date?
        public let secretKind: String?
        public let language: String
    }

    public let generatedAt: Date
    public let person: Person
    public let household: Household
    public let residenceTitles: [Title]
    public let appointments: [Appointment]
    public let plan: [Step]
    public let milestones: [Event]
    public let cirSignedOn: CalendarDay?
    public let cirCivicSessions: [CalendarDay?]
    public let cirLanguageHours: Int?
    public let languageLevels: [Level]
    public let civicExams: [Exam]
    public let enrolments: [Enrolment]
    public let messages: [Message]
    public let access: Access?

    /// The JSON document: sorted keys, indented, dates as ISO 8601.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(self)
    }
}
