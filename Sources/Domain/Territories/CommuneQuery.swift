/// What someone typed in a commune field, read the way people write communes: an INSEE code ("69266"), a name with
/// or without accents and hyphens ("villeurbanne", "St-Priest", "Sainte Foy lès Lyon"), an arrondissement of Paris,
/// Lyon or Marseille ("Lyon 3", "Lyon 3e", "Paris 15ème", "Marseille 1er"), or a suggestion's label
/// ("Villeurbanne (69266)").
public struct CommuneQuery: Sendable, Equatable {
    /// The INSEE code typed or carried by a label, upper-cased ("2A004"); nil when a name was typed.
    public let code: String?
    /// The name as a folded search key, with "st"/"ste" spelt out and ordinals written as the reference data writes
    /// them ("lyon 3e", "marseille 1er"); empty when only a code was typed.
    public let nameKey: String

    /// Reads a typed value; nil when it is blank.
    public init?(_ typed: String) {
        let trimmed = typed.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        if let code = Self.code(trimmed) {
            self.code = code
            nameKey = ""
            return
        }
        // A suggestion's label: "Villeurbanne (69266)".
        if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "("),
            let code = Self.code(String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]))
        {
            self.code = code
            nameKey = Self.key(String(trimmed[..<open]))
            return
        }
        code = nil
        nameKey = Self.key(trimmed)
        if nameKey.isEmpty { return nil }
    }

    /// An INSEE code: five characters, digits or 2A/2B in front.
    static func code(_ text: String) -> String? {
        let upper = text.uppercased()
        guard upper.count == 5, upper.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "A" || $0 == "B") }),
            upper.dropFirst(2).allSatisfy(\.isNumber), upper.first?.isNumber == true
        else { return nil }
        return upper
    }

    /// The folded name with abbreviations and ordinals normalised.
    static func key(_ name: String) -> String {
        SearchKey.fold(name).split(separator: " ").map { word -> String in
            switch word {
            case "st": return "saint"
            case "ste": return "sainte"
            default: return ordinal(String(word)) ?? String(word)
            }
        }.joined(separator: " ")
    }

    /// "3", "3e", "3eme", "3ieme" → "3e"; "1", "1e", "1er", "1ere" → "1er"; nil for anything else. A bare number is
    /// left for a prefix search ("lyon 1" finds "lyon 1er arrondissement" as well).
    static func ordinal(_ word: String) -> String? {
        let digits = word.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2 else { return nil }
        let suffix = word.dropFirst(digits.count)
        guard ["e", "eme", "ieme", "er", "ere"].contains(suffix) else { return nil }
        return digits == "1" ? "1er" : digits + "e"
    }
}
