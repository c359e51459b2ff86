import Foundation
import SafeHTML

/// A schema.org description as `<script type="application/ld+json">`, written by `JSONEncoder` and escaped by
/// `Node.jsonLD` so that the text can never close the script element.
enum JSONLD {
    static func node(_ value: some Encodable) throws -> Node<HTML.BodyContext> {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return .jsonLD(String(decoding: try encoder.encode(value), as: UTF8.self))
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
