import Foundation

/// A date in the proleptic Gregorian calendar, without time or time zone.
public struct CalendarDay: Sendable, Hashable, Comparable {
    /// The year (four digits for every date a form can carry).
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int
    /// The day of the month, 1 to the length of the month.
    public let day: Int

    /// Creates a day, or nil when the triple is not a real date (2025-02-29, month 13…).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month),
            (1...CalendarDay.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The years a date read from a request or a file may have: anything else is a typing error, and bounding them
    /// keeps every later computation (months added, days counted) far from overflow.
    public static let acceptedYears: ClosedRange<Int> = 1900...2200

    /// Parses a strict ISO 8601 calendar date "YYYY-MM-DD" with a year in `acceptedYears`, or returns nil.
    public init?(iso: String) {
        let bytes = Array(iso.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = CalendarDay.number(bytes[0..<4]), CalendarDay.acceptedYears.contains(year),
            let month = CalendarDay.number(bytes[5..<7]),
            let day = CalendarDay.number(bytes[8..<10])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Parses a month "YYYY-MM" with a year in `acceptedYears` and returns its first day, or nil.
    public init?(isoMonth: String) {
        let bytes = Array(isoMonth.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
            let year = CalendarDay.number(bytes[0..<4]), CalendarDay.acceptedYears.contains(year),
            let month = CalendarDay.number(bytes[5..<7])
        else { return nil }
        self.init(year: year, month: month, day: 1)
    }

    /// Creates the day that is `daysSinceEpoch` days after 1970-01-01 (negative before it).
    public init(daysSinceEpoch: Int) {
        // Civil-from-days over 400-year eras of 146 097 days, with years starting in March
        // so that the leap day falls at the end of the computed year.
        let shifted = daysSinceEpoch + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let marchMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * marchMonth + 2) / 5 + 1
        let month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9
        self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }

    /// The number of days from 1970-01-01 to this day (negative before it).
    public var daysSinceEpoch: Int {
        let marchYear = month <= 2 ? year - 1 : year
        let era = (marchYear >= 0 ? marchYear : marchYear - 399) / 400
        let yearOfEra = marchYear - era * 400
        let marchMonth = (month + 9) % 12
        let dayOfYear = (153 * marchMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The ISO 8601 form "YYYY-MM-DD".
    public var iso: String {
        let yearText =
            (0...9_999).contains(year) ? CalendarDay.padded(year, width: 4) : (year < 0 ? "\(year)" : "+\(year)")
        return "\(yearText)-\(CalendarDay.padded(month, width: 2))-\(CalendarDay.padded(day, width: 2))"
    }

    /// The French long form, e.g. "1er janvier 2024", "4 mars 2026".
    public var french: String {
        "\(CalendarDay.frenchDayOfMonth(day)) \(CalendarDay.frenchMonths[month - 1]) \(year)"
    }

    /// The day of the month as French writes it in a date: "1er", then "2", "3"…
    public static func frenchDayOfMonth(_ day: Int) -> String { day == 1 ? "1er" : String(day) }

    /// The French name of a month (1 to 12), e.g. "mars".
    public static func frenchMonthName(_ month: Int) -> String { frenchMonths[(month - 1 + 1_200) % 12] }

    /// The day `days` days later (earlier when negative).
    public func adding(days: Int) -> CalendarDay {
        CalendarDay(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// The same day `months` months later (earlier when negative), clamped to the end of a shorter month.
    public func adding(months: Int) -> CalendarDay {
        let total = year * 12 + (month - 1) + months
        let newYear = total >= 0 ? total / 12 : (total - 11) / 12
        let newMonth = total - newYear * 12 + 1
        let newDay = min(day, CalendarDay.daysIn(month: newMonth, year: newYear))
        // Safe: the month is in 1...12 and the day is clamped to its length.
        return CalendarDay(year: newYear, month: newMonth, day: newDay)!
    }

    /// The number of days from this day to `other` (negative when `other` is earlier).
    public func days(to other: CalendarDay) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// 1 January of the given year.
    public static func firstOfJanuary(_ year: Int) -> CalendarDay {
        CalendarDay(year: year, month: 1, day: 1)!
    }

    /// Whether the year is a leap year in the Gregorian calendar.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days of a month (month in 1...12).
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Orders days chronologically.
    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static let frenchMonths = [
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ]

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private static func padded(_ value: Int, width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}

extension CalendarDay: Codable {
    /// Decodes the ISO string "YYYY-MM-DD", rejecting dates that do not exist.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = CalendarDay(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "Date invalide (AAAA-MM-JJ attendu) : \(text)"
            )
        }
        self = day
    }

    /// Encodes the day as its ISO string "YYYY-MM-DD".
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

extension CalendarDay: CustomStringConvertible {
    /// The ISO form, for logs and test output.
    public var description: String { iso }
}

extension CalendarDay {
    /// The same day `years` years later; 29 February becomes 28 February in a common year.
    public func adding(years: Int) -> CalendarDay { adding(months: years * 12) }
}
