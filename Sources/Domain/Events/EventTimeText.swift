import Foundation

/// Days and times of events written in French, in the local time of their département: "lundi 12 octobre 2026, de
/// 14 h à 17 h 30", "jeudi 1er octobre 2026".
public enum EventTimeText {
    static let weekdays = ["jeudi", "vendredi", "samedi", "dimanche", "lundi", "mardi", "mercredi"]
    static let months = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre",
    ]

    /// "lundi 12 octobre 2026"; the first of a month reads "1er".
    public static func day(_ day: CalendarDay) -> String {
        let weekday = weekdays[((day.daysSinceEpoch % 7) + 7) % 7]
        return "\(weekday) \(shortDay(day)) \(day.year)"
    }

    /// "12 octobre", "1er octobre".
    public static func shortDay(_ day: CalendarDay) -> String {
        "\(day.day == 1 ? "1er" : String(day.day)) \(months[day.month - 1])"
    }

    /// "14 h", "9 h 05".
    public static func clock(hour: Int, minute: Int) -> String {
        minute == 0 ? "\(hour) h" : "\(hour) h \(minute < 10 ? "0" : "")\(minute)"
    }

    /// The clock time of an instant in a zone.
    public static func clock(_ instant: Date, zone: LocalTime) -> String {
        let (hour, minute) = zone.clock(of: instant)
        return clock(hour: hour, minute: minute)
    }

    /// An event's span: "lundi 12 octobre 2026, de 14 h à 17 h 30", or over several days "du lundi 12 octobre 2026,
    /// 9 h, au mardi 13 octobre 2026, 17 h".
    public static func span(from start: Date, to end: Date, zone: LocalTime) -> String {
        let startDay = zone.day(of: start)
        let endDay = zone.day(of: end)
        if startDay == endDay {
            return "\(day(startDay)), de \(clock(start, zone: zone)) à \(clock(end, zone: zone))"
        }
        return "du \(day(startDay)), \(clock(start, zone: zone)), au \(day(endDay)), \(clock(end, zone: zone))"
    }

    /// The zone's name as shown after a time, for overseas départements: "heure de La Réunion"; nil in metropolitan
    /// France, where it goes without saying.
    public static func zoneNote(_ zone: LocalTime) -> String? {
        switch zone.identifier {
        case "Europe/Paris": nil
        case "America/Martinique": "heure des Antilles"
        case "America/Cayenne": "heure de Guyane"
        case "Indian/Reunion": "heure de La Réunion"
        case "Indian/Mayotte": "heure de Mayotte"
        default: "heure locale"
        }
    }
}
