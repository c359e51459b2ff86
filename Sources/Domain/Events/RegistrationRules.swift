import Foundation

/// Where a registration stands.
public enum RegistrationStatus: String, Sendable, CaseIterable, Codable {
    case registered = "inscrit"
    case waiting = "attente"
    case cancelled = "annule"

    /// The French label.
    public var label: String {
        switch self {
        case .registered: "Inscrit"
        case .waiting: "En liste d'attente"
        case .cancelled: "Annulé"
        }
    }
}

/// The rules of public registration: open only for a published event taken on registration, until it starts; a
/// seat while there is one, the waiting list after that; a freed seat goes to the first person waiting.
public enum RegistrationRules {
    /// The status a new registration gets, or the French reason it is refused.
    public static func admit(
        state: EventState,
        audience: EventAudience,
        capacity: Int?,
        registered: Int,
        startsAt: Date,
        now: Date
    ) -> Result<RegistrationStatus, TransitionRefusal> {
        guard state == .published, audience.takesRegistrations, let capacity else {
            return .failure(.init("Cet événement ne prend pas d'inscription."))
        }
        guard now < startsAt else {
            return .failure(.init("Les inscriptions sont closes : l'événement a commencé."))
        }
        return .success(registered < capacity ? .registered : .waiting)
    }

    /// Whether cancelling a registration in `status` frees a seat for the first person waiting: only a seat
    /// cancelled before the event starts is passed on.
    public static func freesSeat(_ status: RegistrationStatus, startsAt: Date, now: Date) -> Bool {
        status == .registered && now < startsAt
    }

    /// The day the registrants of an event that ended on `endDay` are erased: three months later (only the counts
    /// remain).
    public static func erasureDay(eventEndDay endDay: CalendarDay) -> CalendarDay {
        endDay.adding(months: 3)
    }

    /// The name and e-mail of a registration, checked: a name of one line, an address Parcours can write to.
    public static func validate(name: String, email: String, _ errors: inout FieldErrors) -> (String, MailAddress)? {
        let cleanName = errors.text(name, field: "registrationName", kind: .name, required: "Indiquez votre nom.")
        var address: MailAddress?
        if case .success(let cleaned) = TextPolicy.clean(email, .line) { address = MailAddress(cleaned) }
        if address == nil {
            errors.add("registrationEmail", "Saisissez une adresse électronique valide, par exemple nom@exemple.fr.")
        }
        guard let cleanName, let address else { return nil }
        return (cleanName, MailAddress(address.address, name: cleanName) ?? address)
    }
}
