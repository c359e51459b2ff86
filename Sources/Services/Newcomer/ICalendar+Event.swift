import Domain
import Foundation
import Persistence

extension ICalendar {
    /// One appointment as an iCalendar file for the person's phone: times in UTC (computed from the département's
    /// legal time, so no time-zone block is needed), the place, and texts already in the person's language.
    static func event(
        _ appointment: SpaceAppointment,
        summary: String,
        description: String,
        zone: LocalTime,
        stamp: Date
    ) -> String {
        let start = zone.instant(
            day: appointment.startsAt.day,
            hour: appointment.startsAt.hour,
            minute: appointment.startsAt.minute
        )
        let lines =
            [
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Parcours//Espace personnel//FR", "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH", "BEGIN:VEVENT", "UID:\(appointment.id)@parcours", "DTSTAMP:\(utc(stamp))",
                "DTSTART:\(utc(start))", "DTEND:\(utc(start.addingTimeInterval(Double(appointment.minutes * 60))))",
                "SUMMARY:\(escape(summary))", "LOCATION:\(escape(appointment.place))",
            ] + (description.isEmpty ? [] : ["DESCRIPTION:\(escape(description))"]) + ["END:VEVENT", "END:VCALENDAR"]
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// `20261127T133000Z`.
    static func utc(_ instant: Date) -> String {
        Timestamp.format(instant).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
    }
}
