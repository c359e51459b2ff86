/// The line-by-line reader behind `POCatalogue.parse`.
struct POParser {
    private(set) var header: [String: String] = [:]
    private(set) var entries: [String: POCatalogue.Entry] = [:]

    /// The entry being read.
    private var flags: Set<String> = []
    private var context: String?
    private var key: String?
    private var pluralKey: String?
    private var forms: [Int: String] = [:]
    private var keyLine = 0
    /// Where a continuation string goes: "msgctxt", "msgid", "msgid_plural" or "msgstr[N]".
    private var field: String?

    mutating func read(_ line: Substring, number: Int) throws(POParseError) {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        if trimmed.isEmpty { return try close() }
        if trimmed.hasPrefix("#,") {
            try closeIfComplete()
            for flag in trimmed.dropFirst(2).split(separator: ",") {
                flags.insert(flag.trimmed(" "))
            }
            return
        }
        if trimmed.hasPrefix("#") { return try closeIfComplete() }
        if trimmed.hasPrefix("\"") {
            guard let field else { throw POParseError(line: number, reason: "texte sans mot-clé") }
            return append(try Self.string(trimmed, line: number), to: field)
        }
        let keyword = String(trimmed.prefix { $0 != " " && $0 != "\t" })
        let value = try Self.string(trimmed.dropFirst(keyword.count).drop { $0 == " " || $0 == "\t" }, line: number)
        switch keyword {
        case "msgctxt":
            try closeIfComplete()
            context = value
        case "msgid":
            try closeIfComplete()
            if let key { throw POParseError(line: number, reason: "msgid « \(key) » sans msgstr") }
            key = value
            keyLine = number
        case "msgid_plural":
            guard key != nil else { throw POParseError(line: number, reason: "msgid_plural sans msgid") }
            pluralKey = value
        case "msgstr":
            guard key != nil else { throw POParseError(line: number, reason: "msgstr sans msgid") }
            forms[0] = value
        default:
            guard keyword.hasPrefix("msgstr["), keyword.hasSuffix("]"),
                let index = Int(keyword.dropFirst(7).dropLast()), (0..<10).contains(index)
            else { throw POParseError(line: number, reason: "mot-clé inconnu « \(keyword) »") }
            guard key != nil else { throw POParseError(line: number, reason: "msgstr sans msgid") }
            forms[index] = value
        }
        field = keyword
    }

    mutating func finish() throws(POParseError) { try close() }

    private mutating func append(_ text: String, to field: String) {
        switch field {
        case "msgctxt": context = (context ?? "") + text
        case "msgid": key = (key ?? "") + text
        case "msgid_plural": pluralKey = (pluralKey ?? "") + text
        case "msgstr": forms[0, default: ""] += text
        default:
            if let index = Int(field.dropFirst(7).dropLast()) { forms[index, default: ""] += text }
        }
    }

    /// Ends the entry being read once it has its translation (comments and flags start the next one).
    private mutating func closeIfComplete() throws(POParseError) {
        if !forms.isEmpty { try close() }
    }

    private mutating func close() throws(POParseError) {
        defer {
            (flags, context, key, pluralKey, forms, field) = ([], nil, nil, nil, [:], nil)
        }
        guard let key else {
            if !forms.isEmpty { throw POParseError(line: keyLine, reason: "msgstr sans msgid") }
            return
        }
        guard !forms.isEmpty else { throw POParseError(line: keyLine, reason: "msgid « \(key) » sans msgstr") }
        guard forms.keys.sorted() == Array(0..<forms.count) else {
            throw POParseError(line: keyLine, reason: "formes plurielles non contiguës pour « \(key) »")
        }
        if key.isEmpty && context == nil {
            header = Self.headerFields(forms[0] ?? "")
            return
        }
        let full = context.map { $0 + "\u{4}" + key } ?? key
        guard entries[full] == nil else { throw POParseError(line: keyLine, reason: "msgid « \(key) » en double") }
        entries[full] = POCatalogue.Entry(
            key: full,
            pluralKey: pluralKey,
            forms: (0..<forms.count).map { forms[$0] ?? "" },
            flags: flags,
            line: keyLine
        )
    }

    private static func headerFields(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmed(" ")
        }
        return fields
    }

    /// The content of a quoted string with its escapes resolved.
    static func string(_ quoted: Substring, line: Int) throws(POParseError) -> String {
        let body = quoted.trimmed(" \t")
        guard body.count >= 2, body.hasPrefix("\""), body.hasSuffix("\"") else {
            throw POParseError(line: line, reason: "chaîne attendue entre guillemets")
        }
        var result = ""
        var escaping = false
        for character in body.dropFirst().dropLast() {
            if escaping {
                switch character {
                case "n": result.append("\n")
                case "t": result.append("\t")
                case "\"", "\\": result.append(character)
                default: throw POParseError(line: line, reason: "échappement inconnu « \\\(character) »")
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == "\"" {
                throw POParseError(line: line, reason: "guillemet non échappé")
            } else {
                result.append(character)
            }
        }
        guard !escaping else { throw POParseError(line: line, reason: "barre oblique finale") }
        return result
    }
}

extension Substring {
    fileprivate func trimmed(_ set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
