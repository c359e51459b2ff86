import Domain
import SQLKit

extension IndicatorQueries {
    /// The one definition of "in support" on a day, for households `h` joined with their members `p`: welcomed on
    /// or before the day, not left by then, and not a record merged into another person's.
    public static func inSupport(on day: CalendarDay) -> SQLQueryString {
        let date = day.iso
        return """
            h.welcome_interview_on <= \(bind: date) AND (h.exit_on IS NULL OR h.exit_on > \(bind: date)) \
            AND p.merged_into IS NULL
            """
    }
}
