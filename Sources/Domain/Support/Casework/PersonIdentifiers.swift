/// Validation and normalisation of the administrative identifiers of a person.
public enum PersonIdentifiers {
    /// Checks an AGDREF foreign-national number: 10 digits.
    public static func agdref(_ input: String) -> Result<String, IdentifierError> {
        let value = normalised(input)
        guard isDigits(value, count: 10) else {
            return .failure(IdentifierError("Le numéro AGDREF doit comporter 10 chiffres."))
        }
        return .success(value)
    }

    /// Checks an OFPRA file number: 9 digits, written XX-XX-XXXXX on OFPRA letters.
    public static func ofpraFileNumber(_ input: String) -> Result<String, IdentifierError> {
        // refugies.info (OFPRA procedure sheet): "a 9-digit number of the XX-XX-XXXXX type".
        let value = normalised(input)
        guard isDigits(value, count: 9) else {
            return .failure(
                IdentifierError("Le numéro de dossier OFPRA doit comporter 9 chiffres, au format XX-XX-XXXXX.")
            )
        }
        return .success(value)
    }

    /// Checks a CAF allocataire (dossier) number: 7 digits.
    public static func cafNumber(_ input: String) -> Result<String, IdentifierError> {
        let value = normalised(input)
        guard isDigits(value, count: 7) else {
            return .failure(IdentifierError("Le numéro allocataire CAF doit comporter 7 chiffres."))
        }
        return .success(value)
    }

    /// Checks a France Travail identifier: 7 digits and a letter or digit, or the 11-digit numéro France Travail.
    public static func franceTravailIdentifier(_ input: String) -> Result<String, IdentifierError> {
        // Both formats as accepted by les emplois de l'inclusion (itou/utils/validators.py, PR #6106):
        // the historical 8-character identifier and the national 11-digit number of 2025.
        let value = normalised(input)
        let characters = Array(value)
        let historical =
            characters.count == 8 && isDigits(String(characters[0..<7]), count: 7)
            && (characters[7].isASCII && (characters[7].isLetter || characters[7].isNumber))
        guard historical || isDigits(value, count: 11) else {
            return .failure(
                IdentifierError(
                    "L'identifiant France Travail doit comporter 7 chiffres suivis d'une lettre ou d'un chiffre "
                        + "(ex. : 1234567A), ou 11 chiffres pour le numéro France Travail."
                )
            )
        }
        return .success(value)
    }

    /// Removes spaces, dots, hyphens and slashes, and upper-cases letters.
    public static func normalised(_ input: String) -> String {
        // People copy numbers as printed: "12-34-56789", "1 84 05…", with non-breaking spaces.
        String(input.filter { !($0.isWhitespace || $0 == "." || $0 == "-" || $0 == "/") }).uppercased()
    }

    /// Whether a text is exactly `count` ASCII digits.
    static func isDigits(_ value: String, count: Int) -> Bool {
        value.count == count && value.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
