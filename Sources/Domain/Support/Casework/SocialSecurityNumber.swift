extension PersonIdentifiers {
    /// The message for a malformed social security number.
    static let nirFormatMessage =
        "Le numéro de sécurité sociale doit comporter 15 caractères : 13 chiffres (2A ou 2B pour la Corse) "
        + "et une clé de 2 chiffres, en commençant par 1 ou 2, ou par 7 ou 8 pour un numéro d'attente (NIA)."

    /// Checks a social security number (NIR) or a temporary number (NIA) with its 2-digit key.
    public static func nir(_ input: String) -> Result<String, IdentifierError> {
        let value = normalised(input)
        guard value.count == 15, let expected = nirKey(of: String(value.prefix(13))),
            isDigits(String(value.suffix(2)), count: 2)
        else { return .failure(IdentifierError(nirFormatMessage)) }
        guard Int(value.suffix(2)) == expected else {
            return .failure(
                IdentifierError(
                    "La clé du numéro de sécurité sociale ne correspond pas : vérifiez les 15 caractères "
                        + "(13 chiffres et une clé de 2 chiffres)."
                )
            )
        }
        return .success(value)
    }

    /// The key of a 13-character NIR or NIA, 97 − (number mod 97), or nil when the number is malformed.
    public static func nirKey(of number: String) -> Int? {
        let characters = Array(normalised(number))
        guard characters.count == 13, let first = characters.first, "1278".contains(first) else { return nil }
        var digits = characters
        // Corsica: the key is computed with 2A read as 19 and 2B as 18 (INSEE rule).
        switch (characters[5], characters[6]) {
        case ("2", "A"): digits[5...6] = ["1", "9"]
        case ("2", "B"): digits[5...6] = ["1", "8"]
        default: break
        }
        // The month is not checked: INSEE codes unknown birth months with pseudo-months above 12,
        // which is frequent for people born abroad.
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }),
            let value = BoundedInteger.parse(String(digits), in: 0...9_999_999_999_999)
        else { return nil }
        return 97 - value % 97
    }
}
