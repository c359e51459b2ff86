import Foundation

/// A strict reader of iCalendar files (RFC 5545) for the tests: it refuses what a calendar application might read
/// wrongly rather than guess.
struct StrictICalendarParser {
    struct Event {
        var properties: [String: String] = [:]
    }

    enum Problem: Error, CustomStringConvertible {
        case invalid(String)
        var description: String {
            switch self {
            case .invalid(let message): message
            }
        }
    }

    /// The events of a calendar, or the first problem found.
    static func events(_ text: String) throws -> [Event] {
        guard text.hasSuffix("\r\n") else { throw Problem.invalid("le fichier ne finit pas par CRLF") }
        let physical = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast()
        var lines: [String] = []
        for raw in physical {
            guard raw.last == UInt8(ascii: "\r") else { throw Problem.invalid("une ligne finit par LF seul") }
            let bytes = raw.dropLast()
            guard bytes.count <= 75 else { throw Problem.invalid("une ligne dépasse 75 octets : \(bytes.count)") }
            guard let line = String(bytes: bytes, encoding: .utf8) else {
                throw Problem.invalid("une ligne pliée coupe un caractère UTF-8")
            }
            if line.hasPrefix(" ") || line.hasPrefix("\t") {
                guard !lines.isEmpty else { throw Problem.invalid("le fichier commence par une continuation") }
                lines[lines.count - 1] += line.dropFirst()
            } else {
                lines.append(line)
            }
        }
        guard lines.first == "BEGIN:VCALENDAR", lines.last == "END:VCALENDAR" else {
            throw Problem.invalid("pas de VCALENDAR englobant")
        }
        var events: [Event] = []
        var current: Event?
        var sawVersion = false
        var sawProductID = false
        for line in lines.dropFirst().dropLast() {
            guard let colon = line.firstIndex(of: ":") else { throw Problem.invalid("ligne sans « : » : \(line)") }
            let name = String(line[..<colon])
            let value = String(line[line.index(after: colon)...])
            guard !name.isEmpty, name.allSatisfy({ $0.isUppercase || $0 == "-" }) else {
                throw Problem.invalid("nom de propriété invalide : \(name)")
            }
            switch (name, value) {
            case ("BEGIN", "VEVENT"):
                guard current == nil else { throw Problem.invalid("VEVENT imbriqué") }
                current = Event()
            case ("END", "VEVENT"):
                guard let event = current else { throw Problem.invalid("END:VEVENT sans BEGIN") }
                try check(event)
                events.append(event)
                current = nil
            case ("BEGIN", _), ("END", _):
                throw Problem.invalid("composant inattendu : \(value)")
            default:
                if current != nil {
                    guard current?.properties[name] == nil else { throw Problem.invalid("\(name) en double") }
                    current?.properties[name] = value
                } else {
                    if name == "VERSION" { sawVersion = value == "2.0" }
                    if name == "PRODID" { sawProductID = true }
                }
            }
        }
        guard current == nil else { throw Problem.invalid("VEVENT non fermé") }
        guard sawVersion, sawProductID else { throw Problem.invalid("VERSION:2.0 ou PRODID manquant") }
        return events
    }

    static func check(_ event: Event) throws {
        for required in ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"] where event.properties[required] == nil {
            throw Problem.invalid("\(required) manquant")
        }
        for name in ["DTSTAMP", "DTSTART", "DTEND"] {
            let value = event.properties[name] ?? ""
            guard value.count == 16, value.hasSuffix("Z"),
                value.dropLast().replacingOccurrences(of: "T", with: "")
                    .allSatisfy(\.isNumber)
            else { throw Problem.invalid("\(name) n'est pas une date-heure UTC : \(value)") }
        }
        guard (event.properties["DTEND"] ?? "") > (event.properties["DTSTART"] ?? "") else {
            throw Problem.invalid("DTEND ne suit pas DTSTART")
        }
        for name in ["SUMMARY", "DESCRIPTION", "LOCATION"] {
            guard let value = event.properties[name] else { continue }
            var escaped = false
            for character in value {
                if escaped {
                    guard "\\;,nN".contains(character) else {
                        throw Problem.invalid("échappement invalide dans \(name)")
                    }
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == ";" || character == "," {
                    throw Problem.invalid("« \(character) » non échappé dans \(name)")
                }
            }
        }
    }

    /// A TEXT value read back.
    static func unescape(_ value: String) -> String {
        var out = ""
        var escaped = false
        for character in value {
            if escaped {
                out.append(character == "n" || character == "N" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}
