import Domain
import Foundation
import Persistence

/// The open data of an edition: one line (CSV) or object (JSON) per public event, with the same fields; times in
/// ISO 8601 with the département's offset. No personal data: registrations appear only as counts.
enum EventOpenData {
    static let columns = [
        "identifiant", "titre", "type", "themes", "debut", "fin", "departement", "commune_insee", "commune", "qpv",
        "adresse", "public", "places", "inscrits", "etat", "organisateurs", "partenaires", "participants", "url",
    ]

    /// One event's values, in the order of `columns`.
    static func values(_ record: EventRecord, links: PublicLinks) -> [String] {
        let event = record.event
        return [
            record.id, event.title, event.kind.rawValue, event.themes.map(\.rawValue).joined(separator: ","),
            EventText.iso8601(event.startsAt, departement: record.departementCode),
            EventText.iso8601(event.endsAt, departement: record.departementCode), record.departementCode,
            event.communeCode, record.communeName, event.qpvCode ?? "", event.address, event.audience.rawValue,
            event.capacity.map(String.init) ?? "", String(record.registeredCount), record.state.rawValue,
            event.organisers.filter(\.organises).map(\.name).joined(separator: ", "),
            event.organisers.filter { !$0.organises }.map(\.name).joined(separator: ", "),
            record.state == .held ? String(record.attendanceTotal) : "", links.url(.publicEvent(record.id)),
        ]
    }

    static func rows(_ events: [EventRecord], links: PublicLinks) -> [[String]] {
        [columns] + events.map { values($0, links: links) }
    }

    /// The JSON document: the edition and its events, each an object keyed by `columns`.
    static func json(_ edition: EditionRecord, _ events: [EventRecord], links: PublicLinks) throws -> [UInt8] {
        struct Document: Encodable {
            let edition: String
            let debut: String
            let fin: String
            let evenements: [[String: String]]
        }
        let document = Document(
            edition: edition.edition.title,
            debut: edition.edition.startsOn.iso,
            fin: edition.edition.endsOn.iso,
            evenements: events.map { Dictionary(uniqueKeysWithValues: zip(columns, values($0, links: links))) }
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(document))
    }
}
