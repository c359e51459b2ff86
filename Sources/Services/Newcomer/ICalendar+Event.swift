import Domain
import Foundation

extension ICalendar {
    /// One appointment as an iCalendar file for the person's phone: times as the UTC instants stored (every calendar
    /// shows them in its own zone, so no time-zone block is needed), the place, and texts already in the person's
    /// language.
    static func event(_ appointment: SpaceAppointment, summary: String, description: String, stamp: Date) -> String {
        let end = appointment.instant.addingTimeInterval(Double(appointment.minutes * 60))
        return ICalendarText.document(
            [
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Parcours//Espace personnel//FR", "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH", "BEGIN:VEVENT", "UID:\(appointment.id)@parcours", "SEQUENCE:\(appointment.revision)",
                "DTSTAMP:\(ICalendarText.utc(stamp))", "DTSTART:\(ICalendarText.utc(appointment.instant))",
                "DTEND:\(ICalendarText.utc(end))", "SUMMARY:\(ICalendarText.escape(summary))",
                "LOCATION:\(ICalendarText.escape(appointment.place))",
            ] + (description.isEmpty ? [] : ["DESCRIPTION:\(ICalendarText.escape(description))"])
                + ["END:VEVENT", "END:VCALENDAR"]
        )
    }
}
