/// What a person chooses to sign in with, besides their code: a passphrase, or a 6-digit PIN.
public enum SpaceSecretKind: String, Sendable, CaseIterable, Codable {
    case passphrase = "phrase"
    case pin = "code"
}

/// The rules of a person's passphrase or PIN (after the ANSSI's guidance for agents' passwords: length over
/// complexity; a PIN is only ever used together with the 60-bit personal code, and throttled).
public enum SpaceSecret {
    /// The shortest passphrase accepted.
    public static let minimumPassphraseLength = 12
    /// The longest passphrase accepted (bcrypt reads 72 bytes).
    public static let maximumPassphraseLength = 64
    /// The digits of a PIN.
    public static let pinLength = 6

    /// The problem with a chosen secret, or nil when it is acceptable.
    public static func problem(kind: SpaceSecretKind, secret: String, confirmation: String) -> SpaceProblem? {
        switch kind {
        case .pin:
            guard secret.count == pinLength, secret.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                return .pinFormat
            }
            if isTrivialPIN(secret) { return .pinTooSimple }
        case .passphrase:
            if secret.count < minimumPassphraseLength { return .passphraseTooShort }
            if secret.utf8.count > 72 || secret.count > maximumPassphraseLength { return .passphraseTooLong }
            if Set(secret).count == 1 { return .passphraseTooSimple }
            if secret.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                return .controlCharacter
            }
        }
        return secret == confirmation ? nil : .confirmationMismatch
    }

    /// A secret made only of digits, in any script (a PIN typed on an Arabic or Persian keyboard: ٢٤٦٨١٠, ۲۴۶۸۱۰),
    /// in ASCII digits; any other secret as typed. Applied when a secret is chosen and at every sign-in.
    public static func normalised(_ secret: String) -> String {
        let digits = secret.map(asciiDigit)
        return digits.allSatisfy({ $0 != nil }) && !digits.isEmpty ? String(digits.compactMap { $0 }) : secret
    }

    /// The ASCII digit of a decimal digit of any script, or nil.
    static func asciiDigit(_ character: Character) -> Character? {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first,
            scalar.properties.numericType == .decimal, let value = character.wholeNumberValue
        else { return nil }
        return Character(String(value))
    }

    /// Six times the same digit, or six consecutive digits up or down (123456, 987654).
    static func isTrivialPIN(_ pin: String) -> Bool {
        let digits = pin.compactMap(\.wholeNumberValue)
        let steps = Set(zip(digits, digits.dropFirst()).map { $1 - $0 })
        return steps.count == 1 && [0, 1, -1].contains(steps.first!)
    }
}
