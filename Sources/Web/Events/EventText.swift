import Domain
import Foundation
import Persistence

/// How events read on pages: their span in local time, their place, their seats.
enum EventText {
    /// "lundi 12 octobre 2026, de 14 h à 17 h", with the zone's name overseas.
    static func when(_ startsAt: Date, _ endsAt: Date, departement: String) -> String {
        let zone = LocalTime.departement(departement)
        let span = EventTimeText.span(from: startsAt, to: endsAt, zone: zone)
        return EventTimeText.zoneNote(zone).map { "\(span) (\($0))" } ?? span
    }

    /// "Villeurbanne (Rhône)".
    static func place(_ event: EventSummary) -> String { "\(event.communeName) (\(event.departementName))" }

    /// The seats line of a public event: "Complet — liste d'attente ouverte", "12 places restantes"…
    static func seats(state: EventState, audience: EventAudience, capacity: Int?, registered: Int) -> String? {
        switch state {
        case .cancelled: return "Annulé"
        case .held: return "Réalisé"
        default: break
        }
        guard audience.takesRegistrations, let capacity else { return audience.label }
        let left = max(0, capacity - registered)
        switch left {
        case 0: return "Complet — liste d'attente ouverte"
        case 1: return "Sur inscription — 1 place restante"
        default: return "Sur inscription — \(FrenchNumber.grouped(left)) places restantes"
        }
    }

    /// "3 événements", "1 événement", "aucun événement".
    static func count(_ count: Int) -> String {
        switch count {
        case 0: "aucun événement"
        case 1: "1 événement"
        default: "\(FrenchNumber.grouped(count)) événements"
        }
    }

    /// The dates of an edition: "du lundi 12 octobre au vendredi 16 octobre 2026".
    static func dates(_ edition: EditionInput.Valid) -> String {
        let start = EventTimeText.day(edition.startsOn)
        let end = EventTimeText.day(edition.endsOn)
        if edition.startsOn.year == edition.endsOn.year {
            return "du \(start.dropLast(5)) au \(end)"
        }
        return "du \(start) au \(end)"
    }
}

extension EventText {
    /// An instant in ISO 8601 with the département's offset: "2026-10-12T14:00:00+02:00".
    static func iso8601(_ instant: Date, departement: String) -> String {
        let zone = LocalTime.departement(departement)
        let offset = zone.secondsFromUTC(at: instant)
        let (hour, minute) = zone.clock(of: instant)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let sign = offset < 0 ? "-" : "+"
        let magnitude = abs(offset)
        return "\(zone.day(of: instant).iso)T\(two(hour)):\(two(minute)):00\(sign)\(two(magnitude / 3600)):"
            + two(magnitude % 3600 / 60)
    }
}
