import Domain
import Foundation
import Persistence

/// The iCalendar feeds of the public calendar (RFC 5545): one VEVENT per public event, times in UTC, cancelled
/// events kept with STATUS:CANCELLED so that subscribed calendars remove them.
enum EventFeed {
    static func calendar(
        name: String,
        events: [EventRecord],
        stamp: Date,
        eventURL: (String) -> String
    ) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Parcours//Semaine de l'integration//FR",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + ICalendarText.escape(name),
            "X-WR-TIMEZONE:Europe/Paris",
        ]
        for record in events {
            let event = record.event
            let description = [
                event.description, "Public : \(event.audience.label)", "Accessibilité : \(event.accessibility)",
                "Organisé par : " + event.organisers.filter(\.organises).map(\.name).joined(separator: ", "),
            ].joined(separator: "\n")
            lines += [
                "BEGIN:VEVENT",
                "UID:\(record.id)@semaine.parcours",
                "DTSTAMP:" + ICalendarText.utc(stamp),
                "DTSTART:" + ICalendarText.utc(event.startsAt),
                "DTEND:" + ICalendarText.utc(event.endsAt),
                "SUMMARY:" + ICalendarText.escape(event.title),
                "DESCRIPTION:" + ICalendarText.escape(description),
                "LOCATION:" + ICalendarText.escape("\(event.address), \(record.communeName)"),
                "CATEGORIES:"
                    + ([event.kind.label] + event.themes.map(\.label)).map(ICalendarText.escape).joined(
                        separator: ","
                    ),
                "URL:" + eventURL(record.id),
                "STATUS:" + (record.state == .cancelled ? "CANCELLED" : "CONFIRMED"),
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return ICalendarText.document(lines)
    }
}
