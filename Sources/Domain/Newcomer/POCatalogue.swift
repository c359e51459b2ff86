/// A gettext catalogue (`.po` file) as read: header fields and one entry per `msgid`.
///
/// Only what Parcours's catalogues use is read: comments, flags (`#,`), `msgctxt`, `msgid`, `msgid_plural`,
/// `msgstr` and `msgstr[N]`, with strings continued on following lines and the C escapes `\n \t \" \\`.
public struct POCatalogue: Sendable, Equatable {
    /// One translated message: its singular text, or its plural forms in the language's category order.
    public struct Entry: Sendable, Equatable {
        public let key: String
        /// `msgid_plural`, for a message with plural forms.
        public let pluralKey: String?
        /// `msgstr`, or `msgstr[0]`, `msgstr[1]`… in order.
        public let forms: [String]
        /// The `#,` flags, such as `fuzzy`.
        public let flags: Set<String>
        /// The line of `msgid`, for error messages.
        public let line: Int
    }

    /// The header's fields (`Language`, `Plural-Forms`, `X-Native-Review`…).
    public let header: [String: String]
    /// The entries by `msgid`, header excluded.
    public let entries: [String: Entry]

    /// The number of plural forms the header declares (`nplurals=N`), if it declares one.
    public var declaredPluralCount: Int? {
        guard let forms = header["Plural-Forms"], let range = forms.range(of: "nplurals=") else { return nil }
        return Int(forms[range.upperBound...].prefix { $0.isNumber })
    }

    /// Reads a catalogue's text, or says at which line it is malformed.
    public static func parse(_ text: String) throws(POParseError) -> POCatalogue {
        var parser = POParser()
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            try parser.read(line.hasSuffix("\r") ? line.dropLast() : line, number: index + 1)
        }
        try parser.finish()
        return POCatalogue(header: parser.header, entries: parser.entries)
    }
}

/// Why a catalogue could not be read.
public struct POParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public let line: Int
    public let reason: String

    public var description: String { "ligne \(line) : \(reason)" }
}
