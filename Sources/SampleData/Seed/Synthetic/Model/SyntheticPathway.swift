import Domain
import Services

/// The integration pathway of one adult as recorded on the pathway page: CIR, assessments, proofs, civic exams.
public struct SyntheticPathway: Sendable, Equatable {
    /// The member of the household, by position.
    public let memberIndex: Int
    /// The republican integration contract, nil without a CIR date.
    public let cir: SyntheticCIR?
    /// Language assessments, oldest first, levels rising.
    public let assessments: [SyntheticAssessment]
    /// Certificates and diplomas, oldest first.
    public let proofs: [SyntheticProof]
    /// Civic exam sessions, oldest first, none before 1 January 2026.
    public let exams: [SyntheticCivicExam]
    /// The level complementary courses start from.
    public let courseLevel: CEFRLevel
    /// The days (since 1970-01-01) a caseworker may request courses for the person, nil when never in support.
    public let courseWindow: ClosedRange<Int>?
}

/// A CIR as OFII runs it: signature, civic sessions, positioning, prescribed hours and their outcome.
public struct SyntheticCIR: Sendable, Equatable {
    /// The signature day.
    public let signedOn: CalendarDay
    /// The four civic sessions, nil for those not held by the generator's today.
    public let civicSessions: [CalendarDay?]
    /// The positioning level at the reception platform.
    public let positioning: CEFRLevel
    /// The prescribed language hours, nil when the level was already sufficient.
    public let hours: Int?
    /// The end of the prescribed training, nil while it runs or when it was not finished.
    public let trainingFinishedOn: CalendarDay?
    /// The level of the final test, set only with the end of training.
    public let finalLevel: CEFRLevel?
    /// The end-of-contract interview.
    public let endInterviewOn: CalendarDay?
    /// The orientation to the public employment service.
    public let employmentOrientationOn: CalendarDay?
}

/// A language assessment with a level per skill, in `LanguageSkill.allCases` order.
public struct SyntheticAssessment: Sendable, Equatable {
    /// The day of the assessment.
    public let date: CalendarDay
    /// Who assessed.
    public let assessor: String
    /// One level per skill.
    public let levels: [CEFRLevel]
}

/// A certificate (one level per skill) or a diploma (one level for all four).
public struct SyntheticProof: Sendable, Equatable {
    /// The certificate or diploma.
    public let kind: CertificationKind
    /// The session or award day.
    public let date: CalendarDay
    /// The proof's reference number.
    public let reference: String
    /// One level per skill, in `LanguageSkill.allCases` order.
    public let levels: [CEFRLevel]
}

/// A civic exam session (law 2024-42, from 1 January 2026).
public struct SyntheticCivicExam: Sendable, Equatable {
    /// The mention, which is the title applied for.
    public let version: ResidenceTitle
    /// The session day.
    public let date: CalendarDay
    /// Correct answers out of 40.
    public let score: Int
    /// The approved centre.
    public let centre: String
    /// Whether the session was cancelled for fraud.
    public let fraud: Bool
}
