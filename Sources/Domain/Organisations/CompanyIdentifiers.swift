/// French identifiers of organisations: SIRET (establishment) and RNA (association register).
public enum CompanyIdentifiers {
    /// La Poste's SIREN: its establishments' SIRET follow a digit-sum rule instead of Luhn.
    static let laPosteSiren = "356000000"

    /// The SIRET without spaces, or a French message saying why it is invalid.
    public static func validateSiret(_ raw: String) -> Result<String, FieldMessage> {
        let value = raw.filter { !$0.isWhitespace }
        guard value.count == 14, value.allSatisfy(\.isASCIIDigit) else {
            return .failure(FieldMessage("Le SIRET compte 14 chiffres, par exemple 123 456 789 00012."))
        }
        return siretIsValid(value.compactMap(\.wholeNumberValue))
            ? .success(value)
            : .failure(FieldMessage("Ce SIRET n'existe pas : sa clé de contrôle est fausse. Vérifiez chaque chiffre."))
    }

    /// INSEE's rule: the 14 digits and the SIREN (first 9) each pass Luhn; failing that, a SIRET of La Poste (SIREN
    /// 356 000 000) passes when the plain sum of its digits is a multiple of 5. Luhn is tried first, so that
    /// 356 000 000 00048 (valid by Luhn, digit sum 26) is accepted.
    static func siretIsValid(_ digits: [Int]) -> Bool {
        if luhnIsValid(digits) && luhnIsValid(Array(digits.prefix(9))) { return true }
        return digits.prefix(9).map(String.init).joined() == laPosteSiren && digits.reduce(0, +) % 5 == 0
    }

    /// The RNA number in capitals, or a French message saying why it is invalid.
    public static func validateRNA(_ raw: String) -> Result<String, FieldMessage> {
        let value = raw.filter { !$0.isWhitespace }.uppercased()
        guard value.count == 10, value.first == "W", value.dropFirst().allSatisfy(\.isASCIIDigit) else {
            return .failure(FieldMessage("Le numéro RNA s'écrit W suivi de 9 chiffres, par exemple W691234567."))
        }
        return .success(value)
    }

    /// Whether a string of ASCII digits passes the Luhn check (generators of test data use it to complete a SIREN).
    public static func luhnPasses(_ digits: String) -> Bool {
        digits.allSatisfy(\.isASCIIDigit) && luhnIsValid(digits.compactMap(\.wholeNumberValue))
    }

    /// The Luhn check: doubling every second digit from the right, the sum is a multiple of 10.
    static func luhnIsValid(_ digits: [Int]) -> Bool {
        var sum = 0
        for (index, digit) in digits.reversed().enumerated() {
            if index % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return sum % 10 == 0
    }
}

/// A French message about one field.
public struct FieldMessage: Error, Equatable, Sendable {
    public let text: String
    public init(_ text: String) { self.text = text }
}

extension Character {
    /// Whether this is one of the ASCII digits 0–9.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
