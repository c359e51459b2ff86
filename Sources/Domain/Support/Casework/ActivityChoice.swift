/// Reads the work or training situation chosen in a form, with the length of a fixed-term contract in months.
public enum ActivityChoice {
    /// The situation, or nil with a French message for `field`.
    public static func read(
        _ value: String,
        months: String,
        field: String,
        _ errors: inout FieldErrors
    ) -> ActivitySituation? {
        if value == "cdd" {
            guard let count = BoundedInteger.parse(months, in: 1...36) else {
                errors.add(field, "Indiquez la durée du CDD en mois (1 à 36).")
                return nil
            }
            return .employed(contract: .fixedTerm(months: count))
        }
        guard let situation = ActivitySituation(formValue: value, months: nil) else {
            errors.add(field, "Choisissez la situation d'emploi ou de formation.")
            return nil
        }
        return situation
    }
}
