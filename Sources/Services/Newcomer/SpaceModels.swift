import Domain
import Foundation
import Persistence

/// The person and household a page of the space is about, once membership is checked.
public struct SpaceSubject: Sendable, Equatable {
    public let person: HouseholdMember
    public let household: SpaceHousehold
    /// The household's caseworker and operator, by name.
    public let caseworkerName: String?
    public let organisationName: String
    /// Today in the household's département.
    public let today: CalendarDay

    /// The name the person is greeted with: their usual spelling when known.
    public var greetingName: String { person.usualNames.isEmpty ? person.documentNames : person.usualNames }
}

/// An appointment as the person sees it: when, how long, where, and what to bring.
public struct SpaceAppointment: Sendable, Equatable {
    public let id: String
    /// The instant it starts (stored in UTC).
    public let instant: Date
    /// When it starts in the legal time of the household's département, as shown.
    public let startsAt: LocalDateTime
    public let minutes: Int
    public let place: String
    public let documents: [DocumentToBring]
    /// How many times it was changed (moved): the iCalendar SEQUENCE, so that a phone updates the event it holds.
    public let revision: Int
}

/// An action of the plan as the person sees it, with its goal's domain.
public struct SpaceStep: Sendable, Equatable {
    public let domain: DiagnosisDomain
    public let goalTitle: String
    /// The member the goal is for, or nil for the whole household.
    public let memberName: String?
    public let description: String
    public let actor: PlanActor
    public let partnerName: String?
    public let due: CalendarDay?
    public let status: ActionStatus
}

/// The home page of the space.
public struct SpaceHome: Sendable {
    public let subject: SpaceSubject
    public let appointments: [SpaceAppointment]
    public let nextSteps: [SpaceStep]
    public let unreadReplies: Int
    /// Published events of the household's département still to come (the Semaine de l'intégration and others).
    public let events: [EventSummary]
}

/// The plan's steps and the milestones reached.
public struct SpaceSteps: Sendable {
    public let subject: SpaceSubject
    /// Open actions first (soonest due first), then those done.
    public let steps: [SpaceStep]
    public let support: SupportMilestones
    /// The last day of support (24 months after the welcome interview).
    public let supportEnds: CalendarDay?
    /// Rights, housing and work milestones of the household or the person, oldest first.
    public let milestones: [Milestone]
}

/// The person's French and CIR records.
public struct SpaceFrench: Sendable {
    public let subject: SpaceSubject
    public let cir: CIRRecordInput.Valid?
    public let assessments: [AssessmentRecord]
    public let proofs: [ProofRecord]
    public let civicExams: [CivicExamRecord]
}

/// What a first application for a title would need on a day, and what is missing.
public struct SpaceTitleCheck: Sendable {
    public let subject: SpaceSubject
    public let title: ResidenceTitle
    public let date: CalendarDay
    /// The engine's answer, or nil when no rule covers that day.
    public let evaluation: RequirementEvaluation?
    /// The rule applied, to tell a waiver (the rule asks, the protection exempts) from no requirement at all.
    public let rule: TitleRule?

    /// The rule asks for a level, but the person's protection exempts them from it.
    public var levelWaived: Bool { evaluation?.requiredLevel == nil && rule?.requiredLevel != nil }

    /// The rule asks for the civic exam, but the person's protection exempts them from it.
    public var examWaived: Bool { evaluation?.civicExamRequired == false && rule?.civicExamRequired == true }
}

/// Courses near the person and their enrolments.
public struct SpaceCourses: Sendable {
    public let subject: SpaceSubject
    public let enrolments: [EnrolmentRecord]
    /// Open courses of the département, best fit first.
    public let courses: [CourseRecord]
    /// Commune names by INSEE code.
    public let communes: [String: String]
}

/// The thread with the caseworker.
public struct SpaceThread: Sendable {
    public let subject: SpaceSubject
    public let messages: [SpaceMessage]
}

/// "Qui a consulté mon dossier" and how to exercise one's rights.
public struct SpaceDataRights: Sendable {
    public let subject: SpaceSubject
    /// Each agent's read or change, newest first, with whether the agent's name may be shown.
    public let consultations: [(event: RecordConsultation, showsName: Bool)]
    /// The operator's data protection officers (name and e-mail).
    public let officers: [(name: String, email: String)]
}
