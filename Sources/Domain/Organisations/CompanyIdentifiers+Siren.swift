extension CompanyIdentifiers {
    /// The SIREN without spaces, or a French message saying why it is invalid (9 digits, Luhn key; La Poste's
    /// SIREN is accepted as it is).
    public static func validateSiren(_ raw: String) -> Result<String, FieldMessage> {
        let value = raw.filter { !$0.isWhitespace }
        guard value.count == 9, value.allSatisfy(\.isASCIIDigit) else {
            return .failure(FieldMessage("Le SIREN compte 9 chiffres, par exemple 200 046 977."))
        }
        guard value == laPosteSiren || luhnIsValid(value.compactMap(\.wholeNumberValue)) else {
            return .failure(
                FieldMessage("Ce SIREN n'existe pas : sa clé de contrôle est fausse. Vérifiez chaque chiffre.")
            )
        }
        return .success(value)
    }
}
