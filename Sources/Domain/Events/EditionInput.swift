/// An edition of the Semaine de l'intégration as typed by national steering: its year, title, dates, the theme of
/// each day if any, and the stages of the path it highlights.
public struct EditionInput: Sendable, Equatable {
    public var title = ""
    public var startsOn = ""
    public var endsOn = ""
    /// The theme code of each day, by ISO day ("" for none); days outside the edition are ignored.
    public var dayThemes: [String: String] = [:]
    public var highlightedStages: [String] = []

    public init() {}

    /// The checked values.
    public struct Valid: Sendable, Equatable {
        public let title: String
        public let startsOn: CalendarDay
        public let endsOn: CalendarDay
        public let dayThemes: [CalendarDay: EventTheme]
        public let highlightedStages: [EventTheme]

        public init(
            title: String,
            startsOn: CalendarDay,
            endsOn: CalendarDay,
            dayThemes: [CalendarDay: EventTheme],
            highlightedStages: [EventTheme]
        ) {
            self.title = title
            self.startsOn = startsOn
            self.endsOn = endsOn
            self.dayThemes = dayThemes
            self.highlightedStages = highlightedStages
        }

        /// The year of the edition: that of its first day.
        public var year: Int { startsOn.year }

        /// Every day of the edition, in order.
        public var days: [CalendarDay] {
            (0...startsOn.days(to: endsOn)).map { startsOn.adding(days: $0) }
        }
    }

    /// The longest an edition may last: a week, and a few days more for the weekends around it.
    public static let maxDays = 10

    /// The valid edition, or nil with a French message per field.
    public func validate(_ errors: inout FieldErrors) -> Valid? {
        let title = errors.text(self.title, field: "editionTitle", kind: .title, required: "Donnez un intitulé.")
        let start = CalendarDay(iso: startsOn.trimmingCharacters(in: .whitespaces))
        let end = CalendarDay(iso: endsOn.trimmingCharacters(in: .whitespaces))
        if start == nil { errors.add("editionStart", "Saisissez le premier jour, par exemple 2026-10-12.") }
        if end == nil { errors.add("editionEnd", "Saisissez le dernier jour, par exemple 2026-10-16.") }
        if let start, let end {
            if end < start {
                errors.add("editionEnd", "Le dernier jour doit suivre le premier.")
            } else if start.days(to: end) >= Self.maxDays {
                errors.add("editionEnd", "Une édition dure au plus \(Self.maxDays) jours.")
            }
        }
        var stages: [EventTheme] = []
        for code in highlightedStages where !code.isEmpty {
            guard let stage = EventTheme(rawValue: code) else {
                errors.add("editionStages", "Choisissez les étapes dans la liste.")
                break
            }
            if !stages.contains(stage) { stages.append(stage) }
        }
        var themes: [CalendarDay: EventTheme] = [:]
        if let start, let end, start <= end {
            for (dayText, code) in dayThemes where !code.isEmpty {
                guard let day = CalendarDay(iso: dayText), day >= start, day <= end else { continue }
                guard let theme = EventTheme(rawValue: code) else {
                    errors.add("theme-\(dayText)", "Choisissez le thème du jour dans la liste.")
                    continue
                }
                themes[day] = theme
            }
        }
        guard errors.isEmpty, let title, let start, let end else { return nil }
        return Valid(title: title, startsOn: start, endsOn: end, dayThemes: themes, highlightedStages: stages)
    }
}
