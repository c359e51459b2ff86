/// A birth date of which only the year, the month and year, or the full date is known.
public struct PartialBirthDate: Sendable, Hashable {
    /// The year of birth.
    public let year: Int
    /// The month of birth, 1 to 12, when known.
    public let month: Int?
    /// The day of birth, when known (only with a known month).
    public let day: Int?

    /// Creates a partial date, or nil when a day comes without a month or the parts are not a real date.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        // Four digits at most: every form and every display here writes the year on four digits.
        guard (1...9_999).contains(year) else { return nil }
        switch (month, day) {
        case (nil, nil):
            break
        case (let month?, nil):
            guard (1...12).contains(month) else { return nil }
        case (let month?, let day?):
            guard CalendarDay(year: year, month: month, day: day) != nil else { return nil }
        case (nil, _?):
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates an exactly known birth date.
    public init(_ day: CalendarDay) {
        year = day.year
        month = day.month
        self.day = day.day
    }

    /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD", or returns nil.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count) else { return nil }
        var numbers: [Int] = []
        for (index, part) in parts.enumerated() {
            guard part.count == widths[index], part.allSatisfy({ $0.isASCII && $0.isNumber }),
                let number = BoundedInteger.parse(part, in: 0...9_999)
            else { return nil }
            numbers.append(number)
        }
        self.init(
            year: numbers[0],
            month: numbers.count > 1 ? numbers[1] : nil,
            day: numbers.count > 2 ? numbers[2] : nil
        )
    }

    /// The full date when the day is known, else nil.
    public var exactDay: CalendarDay? {
        guard let month, let day else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }

    /// The first day the person may have been born on.
    public var earliestPossibleDay: CalendarDay {
        // Safe: the initialiser checked that the known parts form a real date.
        CalendarDay(year: year, month: month ?? 1, day: day ?? 1)!
    }

    /// The last day the person may have been born on.
    public var latestPossibleDay: CalendarDay {
        let lastMonth = month ?? 12
        let lastDay = day ?? CalendarDay.daysIn(month: lastMonth, year: year)
        // Safe: the day is either checked by the initialiser or the length of the month.
        return CalendarDay(year: year, month: lastMonth, day: lastDay)!
    }

    /// The storage form: "1990", "1990-03" or "1990-03-15".
    public var iso: String {
        ([Self.padded(year, 4)] + [month, day].compactMap { $0.map { Self.padded($0, 2) } })
            .joined(separator: "-")
    }

    /// The French display form: "1990", "03/1990" or "15/03/1990".
    public var french: String {
        ([day, month].compactMap { $0.map { Self.padded($0, 2) } } + [Self.padded(year, 4)])
            .joined(separator: "/")
    }

    /// The French long form: "15 mars 1990", "mars 1990" or "1990".
    public var long: String {
        let parts: [String] = [
            day.map(CalendarDay.frenchDayOfMonth), month.map(CalendarDay.frenchMonthName), String(year),
        ].compactMap { $0 }
        return parts.joined(separator: " ")
    }

    /// The possible ages in completed years on a day, given the unknown parts of the date.
    public func age(on today: CalendarDay) -> ClosedRange<Int> {
        // Someone born on the latest possible day is the youngest, on the earliest the oldest.
        // A recorded person exists, so a day before a possible birth counts as age 0.
        let youngest = max(0, Self.completedYears(from: latestPossibleDay, to: today))
        let oldest = max(0, Self.completedYears(from: earliestPossibleDay, to: today))
        return youngest...oldest
    }

    /// Whether the person is under 18 on a day; nil when the unknown parts leave both answers possible.
    public func isMinor(on today: CalendarDay) -> Bool? {
        let ages = age(on: today)
        if ages.upperBound < Self.ageOfMajority { return true }
        if ages.lowerBound >= Self.ageOfMajority { return false }
        return nil
    }

    /// The age of majority in France (Code civil, art. 388 and 414).
    public static let ageOfMajority = 18

    /// The completed years between a birth day and a day.
    static func completedYears(from birth: CalendarDay, to today: CalendarDay) -> Int {
        // The birthday counts once its month and day are reached, so someone born on 29 February
        // gets one year older on 1 March in a common year: the later, protective reading for minors.
        let birthdayReached = (today.month, today.day) >= (birth.month, birth.day)
        return today.year - birth.year - (birthdayReached ? 0 : 1)
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
