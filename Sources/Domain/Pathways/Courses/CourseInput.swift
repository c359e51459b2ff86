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

    /// Checks every field; a message per field, nil when any is wrong. A course starts between a year ago and two
    /// years ahead of `today`, and lasts at most three years.
    public func validate(today: CalendarDay, _ errors: inout FieldErrors) -> Valid? {
        let before = errors.messages.count
        let name = errors.text(
            title,
            field: "courseTitle",
            kind: TextKind(maxLength: 120, multiline: false),
            required: "Donnez un intitulé à la formation."
        )
        let level = PathwayField.level(
            targetLevel,
            field: "courseLevel",
            label: "le niveau visé",
            required: true,
            &errors
        )
        let hourCount = errors.integer(
            hours,
            field: "courseHours",
            in: 1...Self.maximumHours,
            message: "Saisissez un nombre d'heures entre 1 et \(Self.maximumHours)."
        )
        let when = CourseSlot(rawValue: slot)
        if when == nil { errors.add("courseSlot", "Choisissez quand ont lieu les séances.") }
        let details = errors.text(schedule, field: "courseSchedule", kind: .title)
        let commune = communeCode.trimmingCharacters(in: .whitespaces)
        if commune.isEmpty {
            errors.add("courseCommune", "Indiquez le code de la commune du lieu de formation.")
        } else if commune.utf8.count != 5 {
            errors.add("courseCommune", "Le code officiel (INSEE) d'une commune a cinq caractères, par exemple 69266.")
        }
        let qpv = qpvCode.trimmingCharacters(in: .whitespaces)
        if qpv.utf8.count > 12 { errors.add("courseQPV", "Choisissez le quartier prioritaire dans la liste.") }
        let seatCount = errors.integer(
            seats,
            field: "courseSeats",
            in: 1...Self.maximumSeats,
            message: "Saisissez un nombre de places entre 1 et \(Self.maximumSeats)."
        )
        let start = errors.day(
            startsOn,
            field: "courseStart",
            required: "Saisissez la date de début, par exemple \(today.iso).",
            notBefore: DayBound(today.adding(years: -1), "Une formation déclarée commence au plus tôt il y a un an."),
            notAfter: DayBound(today.adding(years: 2), "Une formation se déclare au plus deux ans à l'avance.")
        )
        let end = errors.day(
            endsOn,
            field: "courseEnd",
            required: "Saisissez la date de fin, par exemple \(today.adding(months: 3).iso).",
            notBefore: start.map { DayBound($0, "La fin de la formation ne peut pas précéder son début.") },
            notAfter: start.map { DayBound($0.adding(years: 3), "Une formation dure au plus trois ans.") }
        )
        guard errors.messages.count == before, let name, let level, let hourCount, let when, let details,
            let seatCount, let start, let end
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
}
