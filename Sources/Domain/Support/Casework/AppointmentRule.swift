import Foundation

/// What may happen to an appointment: a planned one is moved or cancelled; attended or missed is recorded only once
/// its start has come (the instant, so the département's legal time decides, daylight saving included), and may be
/// corrected between the two; a cancelled one stays as it is. Every change names the revision its author saw, so that
/// of two people changing the same appointment at once, the second is told rather than silently overwriting.
public enum AppointmentRule {
    /// Refuses to move or cancel an appointment that is no longer planned.
    public static func checkReschedulable(_ status: AppointmentStatus) throws {
        switch status {
        case .planned: return
        case .cancelled: throw DomainError.conflict("Ce rendez-vous est annulé : il ne se déplace plus.")
        case .attended, .missed:
            throw DomainError.conflict("Ce rendez-vous a eu lieu (ou a été manqué) : il ne se déplace plus.")
        }
    }

    /// The outcome to record (attended or missed), refused on a cancelled appointment or before its start.
    public static func checkOutcome(
        _ outcome: AppointmentStatus?,
        current: AppointmentStatus,
        startsAt: Date,
        now: Date
    ) throws -> AppointmentStatus {
        guard let outcome, AppointmentStatus.outcomes.contains(outcome) else {
            var errors = FieldErrors()
            errors.add("appointmentOutcome", "Choisissez « honoré » ou « manqué ».")
            throw DomainError.invalid(errors)
        }
        if current == .cancelled {
            throw DomainError.conflict("Ce rendez-vous est annulé : on ne peut pas le dire honoré ou manqué.")
        }
        if !hasStarted(startsAt, now: now) {
            throw DomainError.conflict(
                "Ce rendez-vous n'a pas encore commencé : sa présence se note une fois l'heure venue."
            )
        }
        return outcome
    }

    /// Whether an appointment starting at `startsAt` has begun at `now`.
    public static func hasStarted(_ startsAt: Date, now: Date) -> Bool { now >= startsAt }

    /// Refuses a change made on an older version of the appointment than the stored one.
    public static func checkRevision(seen: Int?, stored: Int) throws {
        guard seen == stored else {
            throw DomainError.conflict(
                "Ce rendez-vous vient d'être modifié par quelqu'un d'autre : vérifiez-le ci-dessous avant de recommencer."
            )
        }
    }
}
