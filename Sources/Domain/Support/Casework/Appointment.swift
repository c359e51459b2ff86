import Foundation

/// A local date and time of an appointment, `YYYY-MM-DDTHH:MM`, in the département's time (no time zone).
public struct LocalDateTime: Sendable, Hashable, Comparable {
    public let day: CalendarDay
    public let hour: Int
    public let minute: Int

    /// Reads a date and a time as typed in forms (`2026-11-27`, `14:30`).
    public init?(day: String, time: String) {
        let parts = time.split(separator: ":")
        guard let calendarDay = CalendarDay(iso: day), parts.count == 2, let hour = Int(parts[0]),
            let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        self.day = calendarDay
        self.hour = hour
        self.minute = minute
    }

    /// Reads the stored form back.
    public init?(stored: String) {
        let parts = stored.split(separator: "T")
        guard parts.count == 2 else { return nil }
        self.init(day: String(parts[0]), time: String(parts[1]))
    }

    /// `2026-11-27T14:30`, sortable as text.
    public var stored: String { day.iso + "T" + String(format: "%02d:%02d", hour, minute) }

    /// "14 h 30".
    public var frenchTime: String { minute == 0 ? "\(hour) h" : String(format: "%d h %02d", hour, minute) }

    /// `20261127T143000`, the iCalendar form of a floating local time (RFC 5545).
    public var iCalendar: String {
        day.iso.replacingOccurrences(of: "-", with: "") + String(format: "T%02d%02d00", hour, minute)
    }

    /// This time plus some minutes (crossing midnight moves to the next day).
    public func adding(minutes: Int) -> LocalDateTime {
        let total = hour * 60 + minute + minutes
        let days = total >= 0 ? total / 1440 : (total - 1439) / 1440
        let rest = total - days * 1440
        return LocalDateTime(day: day.adding(days: days), hour: rest / 60, minute: rest % 60)
    }

    init(day: CalendarDay, hour: Int, minute: Int) {
        self.day = day
        self.hour = hour
        self.minute = minute
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool { lhs.stored < rhs.stored }
}
