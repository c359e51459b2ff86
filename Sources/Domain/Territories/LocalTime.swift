import Foundation

/// The legal time of a French territory, computed here rather than read from the system's time-zone database so that
/// "today" is the same on every machine: metropolitan France follows the European summer-time rule (UTC+1, UTC+2 from
/// the last Sunday of March to the last Sunday of October at 01:00 UTC); the overseas départements keep one offset
/// all year.
public enum LocalTime: Sendable, Equatable {
    /// Metropolitan France and Corsica (Europe/Paris).
    case metropolitan
    /// An overseas territory without summer time, with its offset from UTC in minutes.
    case fixed(minutes: Int)

    /// The zone of a département by its code ("69", "2A", "974"); unknown codes are metropolitan.
    public static func departement(_ code: some StringProtocol) -> LocalTime {
        switch code {
        // Guadeloupe, Martinique, Saint-Barthélemy, Saint-Martin.
        case "971", "972", "977", "978": .fixed(minutes: -4 * 60)
        case "973": .fixed(minutes: -3 * 60)  // Guyane
        case "974": .fixed(minutes: 4 * 60)  // La Réunion
        case "976": .fixed(minutes: 3 * 60)  // Mayotte
        default: .metropolitan
        }
    }

    /// The offset from UTC, in seconds, in force at an instant.
    public func secondsFromUTC(at instant: Date) -> Int {
        switch self {
        case .fixed(let minutes):
            return minutes * 60
        case .metropolitan:
            let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
            let year = CalendarDay(daysSinceEpoch: Self.floorDiv(seconds, 86_400)).year
            let start = Self.lastSunday(month: 3, year: year).daysSinceEpoch * 86_400 + 3_600
            let end = Self.lastSunday(month: 10, year: year).daysSinceEpoch * 86_400 + 3_600
            return (start..<end).contains(seconds) ? 7_200 : 3_600
        }
    }

    /// The local calendar day of an instant.
    public func day(of instant: Date) -> CalendarDay {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + secondsFromUTC(at: instant)
        return CalendarDay(daysSinceEpoch: Self.floorDiv(seconds, 86_400))
    }

    /// The local wall-clock hour and minute of an instant, e.g. (9, 30).
    public func clock(of instant: Date) -> (hour: Int, minute: Int) {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + secondsFromUTC(at: instant)
        let ofDay = seconds - Self.floorDiv(seconds, 86_400) * 86_400
        return (ofDay / 3_600, ofDay % 3_600 / 60)
    }

    /// The instant of a local day and time; in the hour skipped in spring it is read with the winter offset, and in
    /// the hour repeated in autumn the first (summer) occurrence is taken.
    public func instant(day: CalendarDay, hour: Int, minute: Int) -> Date {
        let wall = day.daysSinceEpoch * 86_400 + hour * 3_600 + minute * 60
        switch self {
        case .fixed(let minutes):
            return Date(timeIntervalSince1970: Double(wall - minutes * 60))
        case .metropolitan:
            let summer = Date(timeIntervalSince1970: Double(wall - 7_200))
            return secondsFromUTC(at: summer) == 7_200 ? summer : Date(timeIntervalSince1970: Double(wall - 3_600))
        }
    }

    /// The IANA name of the zone, for iCalendar files and tests.
    public var identifier: String {
        switch self {
        case .metropolitan: "Europe/Paris"
        case .fixed(let minutes):
            switch minutes {
            case -240: "America/Martinique"
            case -180: "America/Cayenne"
            case 240: "Indian/Reunion"
            case 180: "Indian/Mayotte"
            default: "Etc/GMT\(minutes > 0 ? "-" : "+")\(abs(minutes) / 60)"
            }
        }
    }

    static func lastSunday(month: Int, year: Int) -> CalendarDay {
        // Safe: the last day of a real month.
        let last = CalendarDay(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year))!
        // 1970-01-01 was a Thursday: (days + 4) mod 7 is 0 on Sundays.
        let weekday = ((last.daysSinceEpoch + 4) % 7 + 7) % 7
        return last.adding(days: -weekday)
    }

    static func floorDiv(_ value: Int, _ divisor: Int) -> Int {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }
}

extension TimeSource {
    /// Today in a département (its local day, never UTC's).
    public func today(inDepartement code: some StringProtocol) -> CalendarDay {
        LocalTime.departement(code).day(of: now())
    }

    /// Today where an account works: its départements' day when they share one, else metropolitan France's.
    public func today(for scope: TerritorialScope) -> CalendarDay { LocalTime.of(scope).day(of: now()) }

    /// Today in metropolitan France, for pages and commands that concern no one département.
    public func todayInMetropolitanFrance() -> CalendarDay {
        LocalTime.metropolitan.day(of: now())
    }
}
