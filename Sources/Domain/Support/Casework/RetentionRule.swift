/// How long personal data of a support file is kept after the last contact before anonymisation.
public enum RetentionRule {
    /// The years personal data is kept after the last contact (CNIL délibération 2023-095, DESIGN §4).
    public static let retentionYears = 2

    /// The day anonymisation becomes due: two years after the last contact, to the day.
    public static func anonymisationDue(lastContact: CalendarDay) -> CalendarDay {
        // A last contact on 29 February gives 28 February: CalendarDay clamps to the end of the
        // shorter month, which is the earlier, privacy-safe side.
        lastContact.adding(years: retentionYears)
    }

    /// Whether anonymisation is due on a day; true from the two-year anniversary itself.
    public static func isDue(lastContact: CalendarDay, today: CalendarDay) -> Bool {
        // Inclusive: two years is a ceiling, so a purge that runs on the anniversary, at any hour,
        // never keeps data past it; a day early is harmless, a day late is not.
        today >= anonymisationDue(lastContact: lastContact)
    }
}
