/// The priority neighbourhood (QPV) a household lives in, if any: it must be one of the QPV of its commune, since a
/// QPV is a part of one or a few communes. The contracts' diagnosis and the QPV pages count newcomers from it.
public enum ResidenceQPV {
    /// The QPV chosen in a form ("" for none), or nil with a message when it is not one of the commune's.
    public static func validate(
        _ raw: String,
        communeQPV: Set<String>,
        communeKnown: Bool,
        _ errors: inout FieldErrors
    ) -> String?? {
        let code = raw.trimmingCharacters(in: .whitespaces).uppercased()
        if code.isEmpty { return .some(nil) }
        guard communeKnown else {
            errors.add(
                "residenceQPV",
                "La commune du ménage n'est pas connue : un quartier prioritaire ne peut pas être indiqué."
            )
            return nil
        }
        guard communeQPV.contains(code) else {
            errors.add("residenceQPV", "Ce quartier prioritaire n'est pas dans la commune du ménage.")
            return nil
        }
        return .some(code)
    }
}
