import Foundation
import Plot

/// A schema.org description as `<script type="application/ld+json">`, escaped by construction: the JSON is written
/// by `JSONEncoder` and every `<`, `>`, `&` and line or paragraph separator is then written as a `\uXXXX` escape,
/// which JSON reads back identically; so the text can never close the script element or open a comment.
enum JSONLD {
    static func node(_ value: some Encodable) throws -> Node<HTML.BodyContext> {
        .element(
            named: "script",
            nodes: [.attribute(named: "type", value: "application/ld+json"), .raw(try text(value))]
        )
    }

    /// The escaped JSON text.
    static func text(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(value), as: UTF8.self)
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// The schema.org `Event` of an event page (https://schema.org/Event).
struct SchemaOrgEvent: Encodable {
    struct Place: Encodable {
        let type = "Place"
        let name: String
        let address: Address
        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case name, address
        }
    }
    struct Address: Encodable {
        let type = "PostalAddress"
        let streetAddress: String
        let addressLocality: String
        let addressRegion: String
        let addressCountry = "FR"
        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case streetAddress, addressLocality, addressRegion, addressCountry
        }
    }
    struct Organizer: Encodable {
        let type = "Organization"
        let name: String
        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case name
        }
    }

    let context = "https://schema.org"
    let type: String
    let name: String
    let description: String
    let startDate: String
    let endDate: String
    let eventStatus: String
    let eventAttendanceMode = "https://schema.org/OfflineEventAttendanceMode"
    let location: Place
    let organizer: [Organizer]
    let url: String
    let isAccessibleForFree = true
    let maximumAttendeeCapacity: Int?
    let inLanguage = "fr"

    enum CodingKeys: String, CodingKey {
        case context = "@context"
        case type = "@type"
        case name, description, startDate, endDate, eventStatus, eventAttendanceMode, location, organizer, url
        case isAccessibleForFree, maximumAttendeeCapacity, inLanguage
    }
}
