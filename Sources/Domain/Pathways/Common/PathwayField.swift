import Foundation

/// Reads the typed dates and CEFR levels of the pathway forms, with one French message per field when a value is
/// missing or impossible.
public enum PathwayField {
    /// The day typed in `text`, or nil with a message; an empty optional field is nil without a message.
    public static func read(
        _ text: String,
        field: String,
        label: String,
        required: Bool,
        today: CalendarDay,
        _ errors: inout FieldErrors
    ) -> CalendarDay? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            if required { errors.add(field, "Saisissez \(label), par exemple 2026-03-15.") }
            return nil
        }
        guard let day = CalendarDay(iso: trimmed) else {
            errors.add(field, "Saisissez \(label) sous la forme AAAA-MM-JJ, par exemple 2026-03-15.")
            return nil
        }
        // Pathway events are recorded once they happened: a future day is a typing mistake.
        if today < day {
            errors.add(field, "\(label.prefix(1).uppercased() + label.dropFirst()) ne peut pas être dans le futur.")
            return nil
        }
        return day
    }

    /// A level chosen in a select list, or nil; `required` adds a message when nothing is chosen.
    public static func level(
        _ text: String,
        field: String,
        label: String,
        required: Bool,
        _ errors: inout FieldErrors
    ) -> CEFRLevel? {
        if text.isEmpty {
            if required { errors.add(field, "Choisissez \(label).") }
            return nil
        }
        guard let level = CEFRLevel(rawValue: text) else {
            errors.add(field, "Choisissez \(label) dans la liste.")
            return nil
        }
        return level
    }
}
