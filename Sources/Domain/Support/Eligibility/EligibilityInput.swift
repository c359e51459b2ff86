/// The facts of a case file that AGIR eligibility is decided on.
public struct EligibilityInput: Sendable, Equatable {
    /// The date of the referral (orientation) to AGIR; every condition is judged on this date.
    public var referralDate: CalendarDay
    /// The INSEE code of the département of residence ("75", "2A", "974").
    public var departementCode: String
    /// The protection held, or nil when none is recorded.
    public var protection: ProtectionKind?
    /// The date the protection was obtained, or nil when unknown.
    public var protectionDate: CalendarDay?
    /// The date the CIR was signed, or nil when it was not signed.
    public var cirSignatureDate: CalendarDay?
    /// Whether the person is a joining relative (rejoignant) of an eligible person.
    public var joiningRelativeOfEligiblePerson: Bool
    /// Whether an exception was recorded on the prefect's instruction with OFII's agreement.
    public var prefectException: Bool

    /// Creates the input; the flags default to false.
    public init(
        referralDate: CalendarDay,
        departementCode: String,
        protection: ProtectionKind?,
        protectionDate: CalendarDay?,
        cirSignatureDate: CalendarDay?,
        joiningRelativeOfEligiblePerson: Bool = false,
        prefectException: Bool = false
    ) {
        self.referralDate = referralDate
        self.departementCode = departementCode
        self.protection = protection
        self.protectionDate = protectionDate
        self.cirSignatureDate = cirSignatureDate
        self.joiningRelativeOfEligiblePerson = joiningRelativeOfEligiblePerson
        self.prefectException = prefectException
    }
}
