/// What went wrong on a page of the newcomer's space, as a code the web layer words in the person's language.
public enum SpaceProblem: String, Error, Sendable, Equatable, CaseIterable {
    /// A wrong, expired, reused or closed code: one message for all, so that nothing says whether a code exists.
    case codeRefused = "code_refused"
    /// A wrong code or secret at sign-in (same rule).
    case signInRefused = "sign_in_refused"
    /// Too many failed tries for this code or from this address.
    case tooManyTries = "too_many_tries"
    /// The right code and secret, but the support has ended: the space is closed.
    case spaceClosed = "space_closed"
    case codeFormat = "code_format"
    case secretMissing = "secret_missing"
    case kindMissing = "kind_missing"
    case pinFormat = "pin_format"
    case pinTooSimple = "pin_too_simple"
    case passphraseTooShort = "passphrase_too_short"
    case passphraseTooLong = "passphrase_too_long"
    case passphraseTooSimple = "passphrase_too_simple"
    case confirmationMismatch = "confirmation_mismatch"
    case controlCharacter = "control_character"
    case messageEmpty = "message_empty"
    case messageTooLong = "message_too_long"
    case dateInvalid = "date_invalid"
}

/// Problems found in a form of the space, per field; nothing is written while there is one.
public struct SpaceFormProblems: Error, Sendable, Equatable {
    public private(set) var byField: [(field: String, problem: SpaceProblem)] = []

    public init() {}

    public init(_ field: String, _ problem: SpaceProblem) { add(field, problem) }

    public mutating func add(_ field: String, _ problem: SpaceProblem) { byField.append((field, problem)) }

    public var isEmpty: Bool { byField.isEmpty }

    /// The problem of a field, if any.
    public subscript(field: String) -> SpaceProblem? { byField.first { $0.field == field }?.problem }

    public static func == (lhs: SpaceFormProblems, rhs: SpaceFormProblems) -> Bool {
        lhs.byField.map(\.field) == rhs.byField.map(\.field) && lhs.byField.map(\.problem) == rhs.byField.map(\.problem)
    }
}
