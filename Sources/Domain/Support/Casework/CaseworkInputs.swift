import Foundation

/// The modes of a contact with a household.
public enum ContactMode: String, Sendable, CaseIterable {
    case inPerson = "presentiel"
    case phone = "telephone"
    case video = "visio"
    case homeVisit = "visite_domicile"

    /// The French label.
    public var label: String {
        switch self {
        case .inPerson: "Entretien en présentiel"
        case .phone: "Entretien téléphonique"
        case .video: "Visioconférence"
        case .homeVisit: "Visite à domicile"
        }
    }
}

/// Checks of the casework forms: dates in the past and in order, bounded notes.
public enum CaseworkInputs {
    /// The longest short note a contact may carry.
    public static let maximumNoteLength = 500

    /// A past (or today's) date not before `notBefore`, or a French message for `field`.
    public static func pastDay(
        _ text: String,
        field: String,
        today: CalendarDay,
        notBefore: CalendarDay?,
        notBeforeLabel: String,
        _ errors: inout FieldErrors
    ) -> CalendarDay? {
        errors.day(
            text,
            field: field,
            required: "Saisissez la date, par exemple \(today.iso).",
            notBefore: notBefore.map {
                DayBound($0, "Cette date ne peut pas précéder \(notBeforeLabel) (\($0.french)).")
            },
            notAfter: DayBound(today, "Cette date ne peut pas être dans le futur.")
        )
    }

    /// The longest list of attendees of a contact.
    static let attendees = TextKind.line
    /// A contact's note: a few lines, never the asylum narrative.
    static let note = TextKind(maxLength: maximumNoteLength, multiline: true)

    /// A contact: date, mode, duration in minutes (1 to 480), attendees and a short note.
    public static func contact(
        date: String,
        mode: String,
        minutes: String,
        attendees: String,
        note: String,
        today: CalendarDay,
        entry: CalendarDay?
    ) -> Result<(day: CalendarDay, mode: ContactMode, minutes: Int, attendees: String, note: String), FieldErrors> {
        var errors = FieldErrors()
        let day = pastDay(
            date,
            field: "contactDate",
            today: today,
            notBefore: entry,
            notBeforeLabel: "l'entrée en accompagnement",
            &errors
        )
        let contactMode = ContactMode(rawValue: mode)
        if contactMode == nil { errors.add("contactMode", "Choisissez le mode de l'entretien.") }
        let duration = errors.integer(
            minutes,
            field: "contactMinutes",
            in: 1...480,
            message: "Indiquez la durée en minutes, de 1 à 480."
        )
        let who = errors.text(attendees, field: "contactAttendees", kind: Self.attendees)
        let cleanNote = Self.noteText(note, &errors)
        guard errors.isEmpty, let day, let contactMode, let duration, let who, let cleanNote else {
            return .failure(errors)
        }
        return .success((day, contactMode, duration, who, cleanNote))
    }

    /// A contact's note, as recorded or corrected: a few lines at most, or a French message for `field`.
    public static func noteText(_ text: String, field: String = "contactNote", _ errors: inout FieldErrors) -> String? {
        switch TextPolicy.clean(text, Self.note) {
        case .success(let text): return text
        case .failure(.tooLong):
            errors.add(
                field,
                "La note ne doit pas dépasser \(maximumNoteLength) caractères : notez l'essentiel, jamais le récit d'asile."
            )
        case .failure(let problem): errors.add(field, problem.message)
        }
        return nil
    }
}
