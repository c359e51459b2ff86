/// The one escaping rule of the module, for text and attribute values alike: `&`, `<`, `>`, `"` and `'` become
/// `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&#39;`; every other character is copied as it is.
public enum MarkupEscaping {
    /// Appends `text` escaped to `output`, copying the runs between special characters in one go.
    static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { source in
            var start = 0
            for index in 0..<source.count {
                let entity: StaticString
                switch source[index] {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "\""): entity = "&quot;"
                case UInt8(ascii: "'"): entity = "&#39;"
                default: continue
                }
                if start < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index])) }
                entity.withUTF8Buffer { output.append(contentsOf: $0) }
                start = index + 1
            }
            if start < source.count { output.append(contentsOf: UnsafeBufferPointer(rebasing: source[start...])) }
        }
    }

    /// `text` escaped, as a string (for tests and for the few places that need a string).
    public static func escaped(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        append(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }
}

/// Which attributes hold a URL, and which URLs they may hold: a path, a fragment, or an `http`, `https` or
/// `mailto` address. Anything else (`javascript:`, `data:`…) is written as `about:invalid`, since escaping alone
/// does not stop a script URL.
enum URLPolicy {
    /// The value written in place of a refused URL.
    static let refused = "about:invalid"

    /// Whether the attribute named so holds a URL.
    static func isURL(_ name: MarkupName) -> Bool {
        name.text.withUTF8Buffer { bytes in
            let name = String(decoding: bytes, as: UTF8.self).lowercased()
            return name == "href" || name == "src" || name == "action" || name == "formaction"
        }
    }

    /// Whether `url` may be written: no scheme (a path, a query or a fragment), or an allowed one.
    static func allows(_ url: String) -> Bool {
        // Browsers skip leading spaces and controls, and drop tabs and newlines anywhere: do the same first.
        var scheme = ""
        for scalar in url.unicodeScalars {
            switch scalar {
            case ":": return ["http", "https", "mailto"].contains(scheme.lowercased())
            case "/", "?", "#": return true
            case "\t", "\n", "\r": continue
            case _ where scalar.value <= 0x20 && scheme.isEmpty: continue
            default: scheme.unicodeScalars.append(scalar)
            }
        }
        return true
    }
}
