/// Calendar arithmetic copied into the migrations, so that what a migration computes never changes with the code
/// of the application (`CalendarDay` may evolve; a migration must give the same result forever).
enum FrozenDay {
    /// The days from 1970-01-01 to a `YYYY-MM-DD` day, or nil when the text is not one.
    static func days(_ iso: String) -> Int? {
        guard let (year, month, day) = parts(iso) else { return nil }
        return days(year: year, month: month, day: day)
    }

    /// The same day one month later, clamped to the end of a shorter month, as `YYYY-MM-DD`.
    static func oneMonthAfter(_ iso: String) -> String? {
        guard let (year, month, day) = parts(iso) else { return nil }
        let (nextYear, nextMonth) = month == 12 ? (year + 1, 1) : (year, month + 1)
        let clamped = min(day, length(month: nextMonth, year: nextYear))
        return String(format: "%04d-%02d-%02d", nextYear, nextMonth, clamped)
    }

    static func parts(_ iso: String) -> (Int, Int, Int)? {
        let fields = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0].count == 4, fields[1].count == 2, fields[2].count == 2,
            let year = Int(fields[0]), let month = Int(fields[1]), let day = Int(fields[2]),
            (1...12).contains(month), (1...length(month: month, year: year)).contains(day)
        else { return nil }
        return (year, month, day)
    }

    static func length(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func days(year: Int, month: Int, day: Int) -> Int {
        let marchYear = month <= 2 ? year - 1 : year
        let era = (marchYear >= 0 ? marchYear : marchYear - 399) / 400
        let yearOfEra = marchYear - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        return era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear - 719_468
    }
}
