import Domain
import Persistence

/// Everything the pathway page of a person shows: CIR, language progress, proofs, civic exams, courses, work
/// situations and, per title, what the law requires today and what is missing.
public struct PathwayFile: Sendable {
    public let household: HouseholdSummary
    public let person: HouseholdMember
    public let cir: CIRRecordInput.Valid?
    public let assessments: [AssessmentRecord]
    public let proofs: [ProofRecord]
    public let civicExams: [CivicExamRecord]
    public let enrolments: [EnrolmentRecord]
    public let suggestions: [(course: CourseRecord, reasons: [String])]
    /// The person's work and training situations, oldest first.
    public let activities: [Milestone]
    /// The plan's employment and training actions for this person or the whole household.
    public let jobActions: [PlanAction]
    public let progress: LanguageProgress
    /// For each title, a first application today: the engine's answer, or why it cannot answer.
    public let requirements: [(title: ResidenceTitle, evaluation: RequirementEvaluation?, problem: String?)]
    /// The application the requirements are evaluated for: first or renewal, on this day.
    public let application: ApplicationKind
    public let applicationDate: CalendarDay
    /// Whether the actor may record on this pathway.
    public let canWrite: Bool
    public let today: CalendarDay
}
