import Foundation

/// iCalendar (RFC 5545) content lines: text values escaped (§3.3.11), instants in UTC (§3.3.5, form 2), lines
/// folded at 75 octets without splitting a UTF-8 character (§3.1), CRLF line endings.
public enum ICalendarText {
    /// A TEXT value: backslash, semicolon and comma escaped, line breaks written `\n`, other control characters
    /// dropped.
    public static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r": out += "\\n"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A UTC DATE-TIME: `20261012T120000Z`.
    public static func utc(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = LocalTime.floorDiv(seconds, 86_400)
        let day = CalendarDay(daysSinceEpoch: days)
        let ofDay = seconds - days * 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(day.iso.replacingOccurrences(of: "-", with: ""))T\(two(ofDay / 3600))\(two(ofDay % 3600 / 60))"
            + "\(two(ofDay % 60))Z"
    }

    /// One content line folded so that no physical line exceeds 75 octets; continuation lines start with a space.
    public static func fold(_ line: String) -> String {
        var lines: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            // The first line holds 75 octets; continuation lines hold 74 after their leading space.
            let limit = lines.isEmpty ? 75 : 74
            if octets + size > limit {
                lines.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        lines.append(current)
        return lines.joined(separator: "\r\n ")
    }

    /// A whole calendar from its content lines (unfolded), each folded and ended by CRLF.
    public static func document(_ lines: [String]) -> String {
        lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }
}
