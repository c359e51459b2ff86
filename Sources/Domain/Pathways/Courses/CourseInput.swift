import Foundation

/// A language course as a training provider types it: title, target level, hours, schedule, place (commune and,
/// when it is held there, the QPV), seats, dates and whether it is oriented towards work.
public struct CourseInput: Sendable, Equatable {
    public var title = ""
    public var targetLevel = ""
    public var hours = ""
    public var slot = ""
    public var schedule = ""
    public var communeCode = ""
    public var qpvCode = ""
    public var seats = ""
    public var startsOn = ""
    public var endsOn = ""
    public var jobOriented = false

    public init() {}

    /// The course once checked (the commune and QPV are checked against the reference data by the service).
    public struct Valid: Sendable, Equatable {
        public let title: String
        public let targetLevel: CEFRLevel
        public let hours: Int
        public let slot: CourseSlot
        public let schedule: String
        public let communeCode: String
        public let qpvCode: String?
        public let seats: Int
        public let startsOn: CalendarDay
        public let endsOn: CalendarDay
        public let jobOriented: Bool

        /// Creates a checked course (used by the store when reading back).
        public init(
            title: String,
            targetLevel: CEFRLevel,
            hours: Int,
            slot: CourseSlot,
            schedule: String,
            communeCode: String,
            qpvCode: String?,
            seats: Int,
            startsOn: CalendarDay,
            endsOn: CalendarDay,
            jobOriented: Bool
        ) {
            self.title = title
            self.targetLevel = targetLevel
            self.hours = hours
            self.slot = slot
            self.schedule = schedule
            self.communeCode = communeCode
            self.qpvCode = qpvCode
            self.seats = seats
            self.startsOn = startsOn
            self.endsOn = endsOn
            self.jobOriented = jobOriented
        }
    }

    /// The most seats and hours a course may declare; beyond is a typing mistake.
    public static let maximumSeats = 200
    public static let maximumHours = 1_000

    /// Checks every field; a message per field, nil when any is wrong.
    public func validate(_ errors: inout FieldErrors) -> Valid? {
        let before = errors.messages.count
        let name = title.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { errors.add("courseTitle", "Donnez un intitulé à la formation.") }
        if name.count > 120 { errors.add("courseTitle", "Limitez l'intitulé à 120 caractères.") }
        let level = PathwayField.level(
            targetLevel,
            field: "courseLevel",
            label: "le niveau visé",
            required: true,
            &errors
        )
        let hourCount = Self.number(hours, field: "courseHours", max: Self.maximumHours, what: "d'heures", &errors)
        let when = CourseSlot(rawValue: slot)
        if when == nil { errors.add("courseSlot", "Choisissez quand ont lieu les séances.") }
        let details = schedule.trimmingCharacters(in: .whitespacesAndNewlines)
        if details.count > 200 { errors.add("courseSchedule", "Limitez les horaires à 200 caractères.") }
        let commune = communeCode.trimmingCharacters(in: .whitespaces)
        if commune.isEmpty { errors.add("courseCommune", "Indiquez le code de la commune du lieu de formation.") }
        let qpv = qpvCode.trimmingCharacters(in: .whitespaces)
        let seatCount = Self.number(seats, field: "courseSeats", max: Self.maximumSeats, what: "de places", &errors)
        let start = Self.day(startsOn, field: "courseStart", label: "la date de début", &errors)
        let end = Self.day(endsOn, field: "courseEnd", label: "la date de fin", &errors)
        if let start, let end, end < start {
            errors.add("courseEnd", "La fin de la formation ne peut pas précéder son début.")
        }
        guard errors.messages.count == before, let level, let hourCount, let when, let seatCount, let start, let end
        else { return nil }
        return Valid(
            title: name,
            targetLevel: level,
            hours: hourCount,
            slot: when,
            schedule: details,
            communeCode: commune,
            qpvCode: qpv.isEmpty ? nil : qpv,
            seats: seatCount,
            startsOn: start,
            endsOn: end,
            jobOriented: jobOriented
        )
    }

    private static func number(
        _ text: String,
        field: String,
        max: Int,
        what: String,
        _ errors: inout FieldErrors
    ) -> Int? {
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)), (1...max).contains(value) else {
            errors.add(field, "Saisissez un nombre \(what) entre 1 et \(max).")
            return nil
        }
        return value
    }

    private static func day(_ text: String, field: String, label: String, _ errors: inout FieldErrors) -> CalendarDay? {
        guard let day = CalendarDay(iso: text.trimmingCharacters(in: .whitespaces)) else {
            errors.add(field, "Saisissez \(label) sous la forme AAAA-MM-JJ, par exemple 2026-03-15.")
            return nil
        }
        return day
    }
}
