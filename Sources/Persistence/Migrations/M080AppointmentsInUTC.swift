import Foundation
import SQLKit

/// Appointments were stored as the wall-clock time of the household's département (`2026-12-01T14:30`); they are
/// instants, stored in UTC like every other (`2026-12-01T13:30:00Z`). The legal time of each département is copied
/// here as it stood in 2026, so that this migration gives the same result whatever later code says.
let m080AppointmentsInUTC = Migration(80, "appointments_in_utc") { sql, _ in
    while true {
        // A page at a time: converted rows no longer match the 16-character local form.
        let rows = try await sql.raw(
            """
            SELECT a.id, a.starts_at, h.departement_code FROM appointments a
            JOIN households h ON h.id = a.household_id
            WHERE LENGTH(a.starts_at) = 16 ORDER BY a.id LIMIT 500
            """
        ).all()
        if rows.isEmpty { return }
        for row in rows {
            let id = try row.decode(column: "id", as: String.self)
            let local = try row.decode(column: "starts_at", as: String.self)
            let departement = try row.decode(column: "departement_code", as: String.self)
            guard let instant = M080Clock.instant(local: local, departement: departement) else {
                throw MigrationError("rendez-vous \(id) : heure illisible « \(local) »")
            }
            try await sql.raw(
                "UPDATE appointments SET starts_at = \(bind: M080Clock.format(instant)) WHERE id = \(bind: id)"
            ).run()
        }
    }
}

/// The legal time of 2026, frozen for migration 80: Europe/Paris (UTC+1, UTC+2 from the last Sunday of March to the
/// last Sunday of October at 01:00 UTC) and the fixed overseas offsets.
private enum M080Clock {
    static func instant(local: String, departement: String) -> Int? {
        let bytes = Array(local.utf8)
        guard bytes.count == 16, let year = number(bytes[0..<4]), let month = number(bytes[5..<7]),
            let day = number(bytes[8..<10]), let hour = number(bytes[11..<13]), let minute = number(bytes[14..<16])
        else { return nil }
        let wall = FrozenDay.days(year: year, month: month, day: day) * 86_400 + hour * 3_600 + minute * 60
        let fixed: Int? =
            switch departement {
            case "971", "972", "977", "978": -4
            case "973": -3
            case "974": 4
            case "976": 3
            default: nil
            }
        if let fixed { return wall - fixed * 3_600 }
        let summerStart = lastSunday(month: 3, year: year) * 86_400 + 3_600
        let summerEnd = lastSunday(month: 10, year: year) * 86_400 + 3_600
        let asSummer = wall - 7_200
        return (summerStart..<summerEnd).contains(asSummer) ? asSummer : wall - 3_600
    }

    static func format(_ seconds: Int) -> String {
        let style = Date.ISO8601FormatStyle(includingFractionalSeconds: false, timeZone: .gmt)
        return style.format(Date(timeIntervalSince1970: Double(seconds)))
    }

    static func lastSunday(month: Int, year: Int) -> Int {
        let last = FrozenDay.days(year: year, month: month, day: FrozenDay.length(month: month, year: year))
        return last - ((last + 4) % 7 + 7) % 7
    }

    static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard (48...57).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }
}
