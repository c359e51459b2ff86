import Domain
import Foundation
import Persistence
import SQLKit

/// Appointments of caseworkers with households, and each caseworker's private iCalendar feed.
public struct AppointmentService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// How far ahead an appointment may be booked.
    static let maximumYearsAhead = 2

    /// Books an appointment for the household's caseworker, typed in the legal time of the household's département,
    /// from today to two years ahead; stored as the UTC instant it designates. Returns its identifier.
    @discardableResult
    public func add(
        householdID: String,
        day: String,
        time: String,
        minutes: String,
        place: String,
        actor: AccountSummary
    )
        async throws -> String
    {
        let parsed = Self.parse(day: day, time: time, minutes: minutes, place: place)
        let id = environment.ids.makeIdentifier()
        try await environment.database.write { sql in
            let household = try await WritableHousehold.lock(householdID, actor: actor, in: sql)
            var errors = parsed.errors
            Self.checkWindow(
                parsed.start,
                today: environment.time.today(inDepartement: household.departement),
                &errors
            )
            guard errors.isEmpty, let start = parsed.start, let duration = parsed.minutes, let where_ = parsed.place
            else { throw DomainError.invalid(errors) }
            let instant = start.instant(in: LocalTime.departement(household.departement))
            try await AppointmentRecords.insert(
                id: id,
                householdID: householdID,
                accountID: household.caseworkerID ?? actor.id,
                startsAt: instant,
                minutes: duration,
                place: where_,
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .appointmentBooked,
                recordType: "rendez_vous",
                id: id,
                before: [:],
                after: ["debut": start.stored, "lieu": where_],
                actor: actor,
                in: sql
            )
        }
        return id
    }

    /// An appointment's fields as typed: the start in the household's legal time, the length and the place, each with
    /// its French message; for booking and for moving.
    static func parse(
        day: String,
        time: String,
        minutes: String,
        place: String
    ) -> (errors: FieldErrors, start: LocalDateTime?, minutes: Int?, place: String?) {
        var errors = FieldErrors()
        let start = LocalDateTime(day: day, time: time)
        if start == nil {
            errors.add(
                "appointmentDay",
                "Saisissez la date et l'heure du rendez-vous, par exemple 2026-12-01 et 14:30."
            )
        }
        let duration = errors.integer(
            minutes,
            field: "appointmentMinutes",
            in: 5...480,
            message: "Indiquez la durée en minutes, de 5 à 480."
        )
        let where_ = PlanInputs.text(place, field: "appointmentPlace", label: "le lieu", required: true, &errors)
        return (errors, start, duration, where_)
    }

    /// An appointment is set from today (in the household's département) to two years ahead.
    static func checkWindow(_ start: LocalDateTime?, today: CalendarDay, _ errors: inout FieldErrors) {
        if let start, start.day < today {
            errors.add("appointmentDay", "Ce jour est passé : choisissez aujourd'hui ou un jour à venir.")
        } else if let start, start.day > today.adding(years: Self.maximumYearsAhead) {
            errors.add("appointmentDay", "Un rendez-vous se fixe au plus deux ans à l'avance.")
        }
    }

    /// The household's planned appointments from the start of today in its département on, inside the caller's read.
    static func upcoming(
        householdID: String,
        departement: String,
        time: any TimeSource,
        in sql: any SQLDatabase
    ) async throws -> [AppointmentRecord] {
        let zone = LocalTime.departement(departement)
        let today = zone.day(of: time.now())
        return try await AppointmentRecords.upcoming(
            householdID: householdID,
            from: zone.instant(day: today, hour: 0, minute: 0),
            until: zone.instant(day: today.adding(days: 1).adding(years: maximumYearsAhead), hour: 0, minute: 0),
            statuses: [.planned],
            in: sql
        )
    }

    /// A new secret link to the account's calendar feed, shown once; the previous link stops working.
    public func renewFeed(actor: AccountSummary) async throws -> String {
        let token = environment.ids.makeToken(byteCount: 24)
        try await environment.database.write { sql in
            try await AppointmentRecords.setCalendarTokenHash(TokenHash.of(token), accountID: actor.id, in: sql)
            try await environment.audit(
                .calendarFeedRenewed,
                recordType: "compte",
                id: actor.id,
                before: [:],
                after: ["agenda": "nouveau lien"],
                actor: actor,
                in: sql
            )
        }
        return token
    }

    /// The iCalendar feed behind a secret link, or nil for an unknown link. Events carry no name: only
    /// "Rendez-vous AGIR", the place and the link to the file (absolute, from `siteAddress`, e.g.
    /// "https://parcours.example.gouv.fr"), so a leaked link reveals as little as possible.
    public func feed(token: String, siteAddress: String) async throws -> String? {
        guard
            let accountID = try await environment.database.read({
                try await AppointmentRecords.accountID(calendarTokenHash: TokenHash.of(token), in: $0)
            })
        else { return nil }
        let now = environment.time.now()
        let from = now.addingTimeInterval(-30 * 86_400)
        let until = now.addingTimeInterval(Double(Self.maximumYearsAhead * 366 + 2) * 86_400)
        let appointments = try await environment.database.read {
            try await AppointmentRecords.upcoming(accountID: accountID, from: from, until: until, in: $0)
        }
        return ICalendar.feed(appointments, stamp: environment.time.now(), siteAddress: siteAddress)
    }
}

/// iCalendar (RFC 5545) text for appointments, written with `ICalendarText`.
enum ICalendar {
    static func feed(_ appointments: [AppointmentRecord], stamp: Date, siteAddress: String) -> String {
        let stampText = ICalendarText.utc(stamp)
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Parcours//Agenda//FR", "CALSCALE:GREGORIAN",
            "X-WR-CALNAME:Parcours – rendez-vous",
        ]
        for appointment in appointments {
            lines += [
                "BEGIN:VEVENT", "UID:\(appointment.id)@parcours", "SEQUENCE:\(appointment.revision)",
                "DTSTAMP:\(stampText)",
                // In UTC ("Z"), which every calendar shows in its own zone: a floating time would move with the
                // phone's zone.
                "DTSTART:\(ICalendarText.utc(appointment.instant))",
                "DTEND:\(ICalendarText.utc(appointment.instant.addingTimeInterval(Double(appointment.minutes) * 60)))",
                "SUMMARY:Rendez-vous AGIR", "LOCATION:\(ICalendarText.escape(appointment.place))",
                "DESCRIPTION:Dossier : \(ICalendarText.escape(siteAddress))/menages/\(appointment.householdID)",
                "URL:\(siteAddress)/menages/\(appointment.householdID)", "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return ICalendarText.document(lines)
    }
}
