import Foundation

/// Writes a message as RFC 5322 text with CRLF line endings: headers (accented ones as encoded words) and a
/// multipart/alternative body with a plain-text part first, then the HTML part, both quoted-printable.
public enum MailComposer {
    /// The whole message, ready for SMTP's DATA command (before dot-stuffing).
    public static func render(
        _ message: MailMessage,
        from sender: MailAddress,
        date: Date,
        messageID: String,
        boundary: String
    ) -> String {
        let headers = [
            "Date: " + rfc5322Date(date),
            "From: " + mailbox(sender),
            "To: " + mailbox(message.to),
            "Subject: " + MIMEEncoding.headerText(message.subject),
            "Message-ID: <\(messageID)>",
            "MIME-Version: 1.0",
            "Content-Type: multipart/alternative; boundary=\"\(boundary)\"",
        ]
        let parts = [("text/plain", message.text), ("text/html", message.html)].map { type, body in
            [
                "--" + boundary,
                "Content-Type: \(type); charset=UTF-8",
                "Content-Transfer-Encoding: quoted-printable",
                "",
                MIMEEncoding.quotedPrintable(body),
            ].joined(separator: "\r\n")
        }
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + parts.joined(separator: "\r\n") + "\r\n--" + boundary
            + "--\r\n"
    }

    /// `Nom <adresse>` with the name encoded, or the bare address.
    public static func mailbox(_ address: MailAddress) -> String {
        guard let name = address.name, !name.isEmpty else { return "<\(address.address)>" }
        return MIMEEncoding.phrase(name) + " <\(address.address)>"
    }

    /// The date as RFC 5322 writes it, in UTC: `Tue, 01 Dec 2026 23:52:09 +0000`.
    public static func rfc5322Date(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = LocalTime.floorDiv(seconds, 86_400)
        let day = CalendarDay(daysSinceEpoch: days)
        let ofDay = seconds - days * 86_400
        let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(weekdays[((days % 7) + 7) % 7]), \(two(day.day)) \(months[day.month - 1]) \(day.year) "
            + "\(two(ofDay / 3600)):\(two(ofDay % 3600 / 60)):\(two(ofDay % 60)) +0000"
    }

    /// Text made safe inside HTML element content and double-quoted attributes.
    static func escapeHTML(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
