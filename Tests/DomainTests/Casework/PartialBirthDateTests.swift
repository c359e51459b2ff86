import Domain
import Testing

struct PartialBirthDateTests {
    @Test(
        arguments: [
            (1990, nil, nil), (1990, 3, nil), (1990, 3, 15), (2000, 2, 29), (2024, 2, 29),
            (1990, 12, 31), (1990, 1, 1), (1, nil, nil), (9_999, 12, 31),
        ] as [(Int, Int?, Int?)]
    )
    func acceptsRealPartialDates(year: Int, month: Int?, day: Int?) {
        let date = PartialBirthDate(year: year, month: month, day: day)
        #expect(date?.year == year)
        #expect(date?.month == month)
        #expect(date?.day == day)
    }

    @Test(
        arguments: [
            (1990, nil, 15),  // a day needs a month
            (1990, 13, nil), (1990, 0, nil), (1990, -1, nil),
            (1990, 2, 30), (2023, 2, 29), (1900, 2, 29), (1990, 4, 31), (1990, 3, 0), (1990, 3, 32),
            (0, nil, nil), (10_000, nil, nil), (-5, 1, 1),
        ] as [(Int, Int?, Int?)]
    )
    func refusesImpossibleDates(year: Int, month: Int?, day: Int?) {
        #expect(PartialBirthDate(year: year, month: month, day: day) == nil)
    }

    @Test(arguments: [
        ("1990", "1990", "1990"),
        ("1990-03", "1990-03", "03/1990"),
        ("1990-03-15", "1990-03-15", "15/03/1990"),
        ("2008-02-29", "2008-02-29", "29/02/2008"),
        ("0987-01", "0987-01", "01/0987"),
    ])
    func displaysInIsoAndFrench(input: String, iso: String, french: String) {
        let date = birth(input)
        #expect(date.iso == iso)
        #expect(date.french == french)
        #expect(PartialBirthDate(iso: date.iso) == date)
    }

    @Test(arguments: [
        ("1990", "1990"), ("1995-05", "mai 1995"), ("1995-05-19", "19 mai 1995"), ("2001-03-01", "1er mars 2001"),
    ])
    func displaysDayFirstInWords(input: String, long: String) {
        #expect(birth(input).long == long)
    }

    @Test(arguments: [
        "", "90", "199", "19900", "1990-3", "1990-03-5", "1990-13", "1990-02-30", "2023-02-29",
        "1990--15", "1990-03-15-01", "199O", "+990", "1990-0a", "1990/03/15", "15/03/1990", "1990-",
    ])
    func refusesMalformedIsoText(text: String) {
        #expect(PartialBirthDate(iso: text) == nil)
    }

    @Test func exactDayIsOnlyKnownWithTheDay() {
        #expect(birth("1990").exactDay == nil)
        #expect(birth("1990-03").exactDay == nil)
        #expect(birth("1990-03-15").exactDay == day("1990-03-15"))
        #expect(PartialBirthDate(day("2008-02-29")) == birth("2008-02-29"))
    }

    @Test(arguments: [
        ("1990", "1990-01-01", "1990-12-31"),
        ("1990-02", "1990-02-01", "1990-02-28"),
        ("2008-02", "2008-02-01", "2008-02-29"),
        ("1990-04", "1990-04-01", "1990-04-30"),
        ("1990-03-15", "1990-03-15", "1990-03-15"),
    ])
    func boundsOfThePossibleBirthDays(input: String, earliest: String, latest: String) {
        #expect(birth(input).earliestPossibleDay == day(earliest))
        #expect(birth(input).latestPossibleDay == day(latest))
    }

    @Test(arguments: [
        // Year only: the birthday may or may not have passed.
        ("1990", "2026-06-01", 35, 36),
        ("1990", "2026-01-01", 35, 36),
        ("1990", "2026-12-31", 36, 36),
        ("1990", "2027-01-01", 36, 37),
        // Month and year.
        ("1990-03", "2026-02-28", 35, 35),
        ("1990-03", "2026-03-01", 35, 36),
        ("1990-03", "2026-03-31", 36, 36),
        ("1990-03", "2026-04-01", 36, 36),
        // Full date: the day before, on and after the birthday.
        ("1990-03-15", "2026-03-14", 35, 35),
        ("1990-03-15", "2026-03-15", 36, 36),
        ("1990-03-15", "2026-03-16", 36, 36),
        // Born on 29 February: one year older on 1 March in a common year.
        ("2008-02-29", "2026-02-28", 17, 17),
        ("2008-02-29", "2026-03-01", 18, 18),
        ("2008-02-29", "2028-02-28", 19, 19),
        ("2008-02-29", "2028-02-29", 20, 20),
        ("2024-02-29", "2025-02-28", 0, 0),
        ("2024-02-29", "2025-03-01", 1, 1),
        // February of a leap year, month known only.
        ("2008-02", "2026-02-28", 17, 18),
        ("2008-02", "2026-03-01", 18, 18),
        // Born this year or later: a day before a possible birth counts as 0.
        ("2026", "2026-06-01", 0, 0),
        ("2027", "2026-06-01", 0, 0),
        ("2026-06-01", "2026-06-01", 0, 0),
    ])
    func possibleAges(input: String, on today: String, youngest: Int, oldest: Int) {
        #expect(birth(input).age(on: day(today)) == youngest...oldest)
    }

    @Test(arguments: [
        ("2009", "2026-06-01", true as Bool?),
        ("2008", "2026-06-01", nil),
        ("2008", "2026-12-30", nil),
        ("2008", "2026-12-31", false),
        ("2008", "2025-12-31", true),
        ("2008-06", "2026-05-31", true),
        ("2008-06", "2026-06-15", nil),
        ("2008-06", "2026-06-30", false),
        ("2008-06-15", "2026-06-14", true),
        ("2008-06-15", "2026-06-15", false),
        ("2008-02-29", "2026-02-28", true),
        ("2008-02-29", "2026-03-01", false),
        ("2008-02", "2026-02-28", nil),
        ("1990", "2026-06-01", false),
    ])
    func minority(input: String, on today: String, expected: Bool?) {
        #expect(birth(input).isMinor(on: day(today)) == expected)
    }
}
