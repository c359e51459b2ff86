import Domain
import Foundation
import Persistence
import SQLKit

extension AppointmentService {
    /// Moves a planned appointment (new day, time, length, place, typed in the household's legal time, from today to
    /// two years ahead), made on the revision `revision` the actor saw. Returns the household's identifier.
    @discardableResult
    public func move(
        appointmentID: String,
        revision: String,
        day: String,
        time: String,
        minutes: String,
        place: String,
        actor: AccountSummary
    ) async throws -> String {
        let parsed = Self.parse(day: day, time: time, minutes: minutes, place: place)
        return try await environment.database.write { sql in
            let (household, appointment) = try await Self.lock(appointmentID, actor: actor, in: sql)
            try AppointmentRule.checkRevision(seen: Self.revision(revision), stored: appointment.revision)
            try AppointmentRule.checkReschedulable(appointment.status)
            var errors = parsed.errors
            Self.checkWindow(
                parsed.start,
                today: environment.time.today(inDepartement: household.departement),
                &errors
            )
            guard errors.isEmpty, let start = parsed.start, let duration = parsed.minutes, let where_ = parsed.place
            else { throw DomainError.invalid(errors) }
            try await AppointmentRecords.move(
                id: appointmentID,
                startsAt: start.instant(in: LocalTime.departement(household.departement)),
                minutes: duration,
                place: where_,
                by: actor.id,
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .appointmentMoved,
                recordType: "rendez_vous",
                id: appointmentID,
                before: Self.auditFields(appointment.startsAt, appointment.minutes, appointment.place),
                after: Self.auditFields(start, duration, where_),
                actor: actor,
                in: sql
            )
            return household.id
        }
    }

    /// Cancels a planned appointment, with its reason; it stays in the file's history. Returns the household's
    /// identifier.
    @discardableResult
    public func cancel(
        appointmentID: String,
        revision: String,
        reason: String,
        actor: AccountSummary
    ) async throws -> String {
        var parsed = FieldErrors()
        let why = PlanInputs.text(
            reason,
            field: "cancelReason",
            label: "le motif de l'annulation",
            required: true,
            &parsed
        )
        let parseErrors = parsed
        return try await environment.database.write { sql in
            let (household, appointment) = try await Self.lock(appointmentID, actor: actor, in: sql)
            try AppointmentRule.checkRevision(seen: Self.revision(revision), stored: appointment.revision)
            try AppointmentRule.checkReschedulable(appointment.status)
            guard parseErrors.isEmpty, let why else { throw DomainError.invalid(parseErrors) }
            try await AppointmentRecords.setStatus(
                id: appointmentID,
                .cancelled,
                cancelReason: why,
                by: actor.id,
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .appointmentCancelled,
                recordType: "rendez_vous",
                id: appointmentID,
                before: ["statut": appointment.status.label],
                after: ["statut": AppointmentStatus.cancelled.label, "motif": why],
                actor: actor,
                in: sql
            )
            return household.id
        }
    }

    /// Records that the household came (`honore`) or not (`manque`), once the appointment's start has come. Returns
    /// the household's identifier.
    @discardableResult
    public func recordOutcome(
        appointmentID: String,
        revision: String,
        outcome: String,
        actor: AccountSummary
    ) async throws -> String {
        try await environment.database.write { sql in
            let (household, appointment) = try await Self.lock(appointmentID, actor: actor, in: sql)
            try AppointmentRule.checkRevision(seen: Self.revision(revision), stored: appointment.revision)
            let status = try AppointmentRule.checkOutcome(
                AppointmentStatus(rawValue: outcome),
                current: appointment.status,
                startsAt: appointment.instant,
                now: environment.time.now()
            )
            guard status != appointment.status else { return household.id }
            try await AppointmentRecords.setStatus(
                id: appointmentID,
                status,
                by: actor.id,
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .appointmentOutcome,
                recordType: "rendez_vous",
                id: appointmentID,
                before: ["statut": appointment.status.label],
                after: ["statut": status.label],
                actor: actor,
                in: sql
            )
            return household.id
        }
    }

    /// The household of an appointment, locked and writable by the actor (`WritableHousehold`), and the appointment
    /// read again under that lock.
    static func lock(
        _ appointmentID: String,
        actor: AccountSummary,
        in sql: any SQLDatabase
    ) async throws -> (HouseholdSummary, AppointmentRecord) {
        guard let householdID = try await AppointmentRecords.householdID(appointmentID: appointmentID, in: sql) else {
            throw DomainError.notFound
        }
        let household = try await WritableHousehold.lock(householdID, actor: actor, in: sql)
        guard let appointment = try await AppointmentRecords.find(id: appointmentID, in: sql) else {
            throw DomainError.notFound
        }
        return (household, appointment)
    }

    /// The revision sent back by a form; nil (never equal to a stored one) when it is not a number.
    static func revision(_ text: String) -> Int? { BoundedInteger.parse(text, in: 0...1_000_000_000) }

    static func auditFields(_ start: LocalDateTime, _ minutes: Int, _ place: String) -> [String: String?] {
        ["debut": start.stored, "duree": "\(minutes) min", "lieu": place]
    }
}
