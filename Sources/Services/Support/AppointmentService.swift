import Domain
import Foundation
import Persistence

/// Appointments of caseworkers with households, and each caseworker's private iCalendar feed.
public struct AppointmentService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    var now: LocalDateTime {
        let date = environment.time.now()
        let seconds = Int(date.timeIntervalSince1970) % 86_400
        return LocalDateTime(
            stored: CalendarDay(date: date).iso + String(format: "T%02d:%02d", seconds / 3600, seconds % 3600 / 60)
        )!
    }

    /// Books an appointment for the household's caseworker.
    public func add(
        householdID: String,
        day: String,
        time: String,
        minutes: String,
        place: String,
        actor: AccountSummary
    )
        async throws
    {
        let household = try await CaseworkService(environment: environment).writable(householdID, actor: actor)
        var errors = FieldErrors()
        let start = LocalDateTime(day: day, time: time)
        if start == nil {
            errors.add(
                "appointmentDay",
                "Saisissez la date et l'heure du rendez-vous, par exemple 2026-12-01 et 14:30."
            )
        }
        let duration = Int(minutes)
        if duration.map({ (5...480).contains($0) }) != true {
            errors.add("appointmentMinutes", "Indiquez la durée en minutes, de 5 à 480.")
        }
        let where_ = PlanInputs.text(place, field: "appointmentPlace", label: "le lieu", required: true, &errors)
        guard errors.isEmpty, let start, let duration else { throw DomainError.invalid(errors) }
        let id = environment.ids.makeIdentifier()
        try await environment.database.write { sql in
            try await AppointmentRecords.insert(
                id: id,
                householdID: householdID,
                accountID: household.caseworkerID ?? actor.id,
                startsAt: start,
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
    }

    /// The household's appointments from today on.
    public func upcoming(householdID: String) async throws -> [AppointmentRecord] {
        let from = LocalDateTime(stored: now.day.iso + "T00:00")!
        return try await environment.database.read {
            try await AppointmentRecords.upcoming(householdID: householdID, from: from, in: $0)
        }
    }

    /// The account's appointments of today.
    public func today(actor: AccountSummary) async throws -> [AppointmentRecord] {
        let from = LocalDateTime(stored: now.day.iso + "T00:00")!
        return try await environment.database.read {
            try await AppointmentRecords.upcoming(accountID: actor.id, from: from, in: $0)
        }.filter { $0.startsAt.day == from.day }
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
        let from = LocalDateTime(stored: now.day.adding(days: -30).iso + "T00:00")!
        let appointments = try await environment.database.read {
            try await AppointmentRecords.upcoming(accountID: accountID, from: from, limit: 1000, in: $0)
        }
        return ICalendar.feed(appointments, stamp: environment.time.now(), siteAddress: siteAddress)
    }
}

/// iCalendar (RFC 5545) text for appointments.
enum ICalendar {
    static func feed(_ appointments: [AppointmentRecord], stamp: Date, siteAddress: String) -> String {
        let stampText = Timestamp.format(stamp).replacingOccurrences(of: "-", with: "").replacingOccurrences(
            of: ":",
            with: ""
        )
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Parcours//Agenda//FR", "CALSCALE:GREGORIAN",
            "X-WR-CALNAME:Parcours – rendez-vous",
        ]
        for appointment in appointments {
            lines += [
                "BEGIN:VEVENT", "UID:\(appointment.id)@parcours", "DTSTAMP:\(stampText)",
                // In UTC ("Z"): a floating time would move with the phone's zone; the wall-clock time is the
                // household's département's.
                "DTSTART:\(utc(appointment.startsAt, departement: appointment.departement))",
                "DTEND:\(utc(appointment.startsAt.adding(minutes: appointment.minutes), departement: appointment.departement))",
                "SUMMARY:Rendez-vous AGIR", "LOCATION:\(escape(appointment.place))",
                "DESCRIPTION:Dossier : \(escape(siteAddress))/menages/\(appointment.householdID)",
                "URL:\(siteAddress)/menages/\(appointment.householdID)", "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// `20261127T133000Z`: a local time of a département as the UTC instant iCalendar carries.
    static func utc(_ time: LocalDateTime, departement: String) -> String {
        let instant = LocalTime.departement(departement).instant(day: time.day, hour: time.hour, minute: time.minute)
        return Timestamp.format(instant).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
            .prefix(15) + "Z"
    }

    /// Escapes the characters RFC 5545 reserves in text values. Every line break (CR, LF or both) becomes `\\n` and
    /// other control characters are dropped, so that a stored value can never start a property or an event of its own.
    static func escape(_ text: String) -> String {
        var escaped = ""
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch scalar {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\r": escaped += "\\n"
            case "\n" where previous == "\r": continue
            case "\n": escaped += "\\n"
            case _ where scalar.properties.generalCategory == .control: continue
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Folds a line longer than 75 characters (continuation lines start with a space).
    static func fold(_ line: String) -> String {
        guard line.count > 75 else { return line }
        var parts: [String] = []
        var rest = Substring(line)
        while rest.count > 75 {
            parts.append(String(rest.prefix(75)))
            rest = rest.dropFirst(75)
        }
        parts.append(String(rest))
        return parts.joined(separator: "\r\n ")
    }
}
