/// The rules of the newcomer's space that several layers apply: who may have one, when it is open, how long a
/// session lasts, what a message may be.
public enum NewcomerSpaceRule {
    /// The household stages during which the space is open: referred (access opened by OFII at the CIR) and in
    /// support. An exit, a declined referral or the retention purge closes it.
    public static let openStages: Set<HouseholdStage> = [.referred, .inSupport]

    /// Whether a household at this stage keeps its members' spaces open (never once anonymised).
    public static func isOpen(householdStage: HouseholdStage, anonymised: Bool) -> Bool {
        !anonymised && openStages.contains(householdStage)
    }

    /// A space is opened only for a person known to be an adult today (a partial birth date that leaves a doubt
    /// is not enough: a minor's data are their parents' to see).
    public static func mayHaveSpace(birth: PartialBirthDate?, today: CalendarDay) -> Bool {
        birth?.isMinor(on: today) == false
    }

    /// A person's session ends after 30 minutes without a request, and 12 hours after sign-in in any case.
    public static let idleMinutes = 30
    public static let absoluteHours = 12

    /// The longest message, in characters.
    public static let messageMaximumLength = 2_000

    /// A message as typed, cleaned (NFC, control characters refused), or the problem with it.
    public static func message(_ raw: String) -> Result<String, SpaceProblem> {
        switch TextPolicy.clean(raw, TextKind(maxLength: messageMaximumLength, multiline: true)) {
        case .failure(.controlCharacter): .failure(.controlCharacter)
        case .failure(.tooLong): .failure(.messageTooLong)
        case .success(let text): text.isEmpty ? .failure(.messageEmpty) : .success(text)
        }
    }
}
