import Foundation

/// A wall-clock date and time in a département's legal time, `YYYY-MM-DDTHH:MM`, as typed and shown; appointments
/// are stored as the UTC instant it designates.
public struct LocalDateTime: Sendable, Hashable, Comparable {
    public let day: CalendarDay
    public let hour: Int
    public let minute: Int

    /// Reads a date and a time as typed in forms (`2026-11-27`, `14:30`).
    public init?(day: String, time: String) {
        let parts = time.split(separator: ":", omittingEmptySubsequences: false)
        guard let calendarDay = CalendarDay(iso: day), parts.count == 2, (1...2).contains(parts[0].utf8.count),
            parts[1].utf8.count == 2,
            let hour = BoundedInteger.parse(parts[0], in: 0...23),
            let minute = BoundedInteger.parse(parts[1], in: 0...59)
        else { return nil }
        self.day = calendarDay
        self.hour = hour
        self.minute = minute
    }

    /// Reads the `2026-11-27T14:30` form of `stored`.
    public init?(stored text: String) {
        let parts = text.split(separator: "T", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        self.init(day: String(parts[0]), time: String(parts[1]))
    }

    /// `2026-11-27T14:30`, sortable as text (the wall-clock time, as exports and the audit log write it).
    public var stored: String { day.iso + "T" + String(format: "%02d:%02d", hour, minute) }

    /// "14 h 30".
    public var frenchTime: String { minute == 0 ? "\(hour) h" : String(format: "%d h %02d", hour, minute) }

    /// The wall-clock time of an instant in a territory's legal time.
    public init(instant: Date, in zone: LocalTime) {
        let clock = zone.clock(of: instant)
        self.init(day: zone.day(of: instant), hour: clock.hour, minute: clock.minute)
    }

    /// The instant this wall-clock time designates in a territory's legal time.
    public func instant(in zone: LocalTime) -> Date { zone.instant(day: day, hour: hour, minute: minute) }

    init(day: CalendarDay, hour: Int, minute: Int) {
        self.day = day
        self.hour = hour
        self.minute = minute
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool { lhs.stored < rhs.stored }
}
