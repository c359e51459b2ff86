/// A server reply (RFC 5321 §4.2): a three-digit code and one or more lines of text.
struct SMTPReply: Sendable, Equatable {
    let code: Int
    let lines: [String]

    /// 2xx and 3xx: the command was accepted (or the server waits for the rest).
    var isPositive: Bool { (200..<400).contains(code) }
    /// 550–554: the mailbox or the message is refused for good (unknown recipient, refused content). Other 5xx
    /// (500–504: a command the server did not understand) come from a server or client fault that may be fixed, so
    /// the message is tried again.
    var isPermanent: Bool { (550...554).contains(code) }
    /// The text, for error messages and logs.
    var text: String { "\(code) " + lines.joined(separator: " ") }

    /// Reads one line of a reply: its code, its text, and whether more lines follow ("250-…" before "250 …").
    static func parseLine(_ line: String) -> (code: Int, text: String, more: Bool)? {
        let bytes = Array(line.utf8)
        guard bytes.count >= 3, let code = Int(String(decoding: bytes[0..<3], as: UTF8.self)),
            (200..<600).contains(code)
        else { return nil }
        guard bytes.count > 3 else { return (code, "", false) }
        guard bytes[3] == UInt8(ascii: " ") || bytes[3] == UInt8(ascii: "-") else { return nil }
        return (code, String(decoding: bytes[4...], as: UTF8.self), bytes[3] == UInt8(ascii: "-"))
    }

    /// Whether an EHLO reply advertises an extension ("STARTTLS", "AUTH"…), with its parameters.
    func extensionParameters(_ name: String) -> [String]? {
        for line in lines.dropFirst() {
            let words = line.split(separator: " ").map(String.init)
            if words.first?.uppercased() == name { return Array(words.dropFirst()).map { $0.uppercased() } }
        }
        return nil
    }
}

/// The message as sent after DATA: every line starting with a dot gets a second one (RFC 5321 §4.5.2), and the
/// terminating line is a single dot.
enum SMTPData {
    static func dotStuffed(_ message: String) -> String {
        let lines = message.components(separatedBy: "\r\n")
        let body = lines.last == "" ? lines.dropLast() : lines[...]
        return body.map { $0.hasPrefix(".") ? "." + $0 : $0 }.joined(separator: "\r\n") + "\r\n.\r\n"
    }
}
