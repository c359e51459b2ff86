import Domain

/// What the statistical extract reads of a person in support and of their household: no name, no identifier, no
/// birth date beyond its year.
public struct ExtractPersonRecord: Sendable {
    public let personID: String
    public let householdID: String
    public let departement: String
    public let region: String
    public let operatorID: String
    public let stage: HouseholdStage
    public let sex: String
    public let birthYear: Int
    public let nationality: String
    public let protection: String?
    public let protectionDate: String?
    public let referralDate: String?
    public let welcomeInterview: String?
    public let welcomeDelayDays: Int?
    public let contractSigned: String?
    public let contractDue: String?
    public let franceTravail: String?
    public let exitDate: String?
    public let exitReason: String?
    /// The day the CIR language training ended and the level reached then.
    public let trainingFinished: String?
    public let finalLevel: String?
    /// Whether proofs valid on the extract's day show A2 (B1) in each skill, and whether a civic exam was passed.
    public let provenA2: Bool
    public let provenB1: Bool
    public let civicExamPassed: Bool
}
