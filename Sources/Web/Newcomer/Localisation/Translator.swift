import Domain

/// Words a page of the space in one language: texts by key with their placeholders filled, plurals by CLDR rule,
/// dates, times and numbers with the language's digits, month names and patterns (all from its catalogue).
struct Translator: Sendable {
    let language: SpaceLanguage
    let catalogues: SpaceCatalogues

    init(_ language: SpaceLanguage, catalogues: SpaceCatalogues = .bundled) {
        self.language = language
        self.catalogues = catalogues
    }

    /// A text with its `{placeholders}` replaced.
    func callAsFunction(_ text: SpaceText, _ arguments: [String: String] = [:]) -> String {
        fill(catalogues.text(text.rawValue, in: language), arguments)
    }

    /// The form of a plural text for `count`, with `{count}` written in the language's digits.
    func plural(_ text: SpacePlural, _ count: Int, _ arguments: [String: String] = [:]) -> String {
        var arguments = arguments
        arguments["count"] = number(count)
        return fill(catalogues.text(text.rawValue, in: language, count: count), arguments)
    }

    /// A text of a family keyed by a code (`document.rib`, `role.referent`…); the families are listed in
    /// `SpaceText.families` so that tests check each code has its text.
    func label(_ family: SpaceText.Family, _ code: String, _ arguments: [String: String] = [:]) -> String {
        fill(catalogues.text(family.key(code), in: language), arguments)
    }

    /// Replaces each `{name}` once, left to right, so that a value containing braces is never read as a placeholder.
    /// In right-to-left languages each value is isolated (FSI … PDI) so that a Latin name or a number keeps its
    /// order inside the sentence.
    func fill(_ template: String, _ arguments: [String: String], isolating: Bool = true) -> String {
        guard template.contains("{") else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"),
                let value = arguments[String(rest[rest.index(after: open)..<close])]
            else {
                result.append("{")
                rest = rest[rest.index(after: open)...]
                continue
            }
            result += isolating && language.isRightToLeft ? "\u{2068}" + value + "\u{2069}" : value
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// ASCII digits rewritten in the language's digits (Arabic-Indic for Arabic, Persian for Dari and Pashto).
    func digits(_ text: String) -> String {
        let set = Array(catalogues.text(SpaceText.formatDigits.rawValue, in: language))
        guard set.count == 10, set != Array("0123456789") else { return text }
        return String(text.map { character in character.wholeNumberValue.map { set[$0] } ?? character })
    }

    /// A whole number with the language's digits and thousands separator ("23 000", "23,000", "٢٣٬٠٠٠").
    func number(_ value: Int) -> String {
        let plain = String(value.magnitude)
        let separator = catalogues.text(SpaceText.formatGroup.rawValue, in: language)
        var grouped = ""
        for (index, character) in plain.enumerated() {
            if index > 0 && (plain.count - index) % 3 == 0 { grouped += separator }
            grouped.append(character)
        }
        return (value < 0 ? "-" : "") + digits(grouped)
    }

    /// A day as the language writes it ("mardi 4 mars 2026", "Tuesday 4 March 2026").
    func date(_ day: CalendarDay, weekday: Bool = false) -> String {
        let dayText = day.day == 1 ? digits(self(.formatDayOne)) : digits(String(day.day))
        // The parts are words and digits of the language itself: nothing to isolate inside the date.
        return fill(
            catalogues.text((weekday ? SpaceText.formatDateWeekday : .formatDate).rawValue, in: language),
            [
                "weekday": label(.weekday, String(Self.weekday(of: day))),
                "day": dayText, "month": label(.month, String(day.month)), "year": digits(String(day.year)),
            ],
            isolating: false
        )
    }

    /// A time of day ("14 h 30", "14:30").
    func time(_ time: LocalDateTime) -> String {
        let minute = time.minute < 10 ? "0\(time.minute)" : String(time.minute)
        return fill(
            catalogues.text((time.minute == 0 ? SpaceText.formatTimeOclock : .formatTime).rawValue, in: language),
            ["hour": digits(String(time.hour)), "minute": digits(minute)],
            isolating: false
        )
    }

    /// ISO weekday, 1 for Monday to 7 for Sunday (1 January 1970 was a Thursday).
    static func weekday(of day: CalendarDay) -> Int {
        ((day.daysSinceEpoch + 3) % 7 + 7) % 7 + 1
    }
}
