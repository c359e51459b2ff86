/// A bound a typed day may not cross, with the French message shown when it does.
public struct DayBound: Sendable {
    public let day: CalendarDay
    public let message: String

    public init(_ day: CalendarDay, _ message: String) {
        self.day = day
        self.message = message
    }
}

extension FieldErrors {
    /// The day typed in a field ("YYYY-MM-DD", years 1900–2200) within its bounds, or nil with a message recorded;
    /// an empty field gives nil and records `required` when it is given.
    public mutating func day(
        _ raw: String,
        field: String,
        required: String? = nil,
        notBefore: DayBound? = nil,
        notAfter: DayBound? = nil
    ) -> CalendarDay? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if text.isEmpty {
            if let required { add(field, required) }
            return nil
        }
        guard let day = CalendarDay(iso: text) else {
            add(field, "Saisissez une date réelle au format AAAA-MM-JJ, par exemple 2026-03-04.")
            return nil
        }
        if let notBefore, day < notBefore.day {
            add(field, notBefore.message)
            return nil
        }
        if let notAfter, day > notAfter.day {
            add(field, notAfter.message)
            return nil
        }
        return day
    }
}
