/// Rewrites the Arabic compounds whose linking vowel and article are spelled in many ways
/// ("Abd-al-", "-ud-Din", "-ullah") into parts with the article removed.
enum CompoundSpelling {
    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// The parts of a folded a–z token, compound heads first; the last part has its mute ending removed.
    static func parts(_ token: String) -> [String] {
        var parts: [String] = []
        var body = token
        if let rest = abdRemainder(token) {
            parts.append("abd")
            body = rest
        }
        if let head = dinHead(body) {
            return parts + [head, "din"]
        }
        return parts + [withoutMuteEnding(allahNormalized(body))]
    }

    /// For "Abdelrahman", "Abderrahmane", "Abdul Rahman"…: the noun after "abd" and its article ("rahman").
    static func abdRemainder(_ token: String) -> String? {
        guard token.hasPrefix("abd") else { return nil }
        var rest = Substring(token.dropFirst(3)).drop(while: vowels.contains)
        if isNameOfGod(rest) {
            // Abdullah, Abdallah, Abdulahi, Abdillahi…: the article and "Allah" blur together.
            return rest.last == "i" ? "lahi" : "la"
        }
        if rest.first == "l" {
            rest = rest.drop(while: { $0 == "l" })
        } else if rest.count >= 2, rest.first == rest.dropFirst().first, let first = rest.first, !vowels.contains(first)
        {
            // Sun-letter assimilation doubles the consonant: "abd-er-Rahman".
            rest = rest.dropFirst()
        }
        rest = rest.drop(while: vowels.contains)
        return rest.count >= 2 ? String(rest) : nil
    }

    /// Whether what follows "abd" and its vowel is "(l)lah", "(l)la" or "(l)lahi".
    private static func isNameOfGod(_ rest: Substring) -> Bool {
        let withoutL = rest.drop(while: { $0 == "l" })
        guard withoutL.count < rest.count else { return false }
        return ["a", "ah", "ahi", "ahe", "ai"].contains(String(withoutL))
    }

    /// For "Nasreddine", "Salahuddin", "Nasr ad-Din": the head before the article and "din" ("nasr").
    static func dinHead(_ body: String) -> String? {
        for suffix in ["dine", "deen", "din"] where body.hasSuffix(suffix) {
            var head = Substring(body.dropLast(suffix.count))
            guard let last = head.last, last == "d" || vowels.contains(last) else { return nil }
            while head.last == "d" { head = head.dropLast() }
            while let last = head.last, vowels.contains(last) { head = head.dropLast() }
            return head.count >= 2 ? String(head) : nil
        }
        return nil
    }

    /// "Nasrallah" and "Habiballah" are spelled with "ullah" more often; use one linking vowel.
    static func allahNormalized(_ body: String) -> String {
        for suffix in ["allah", "alla"] where body.hasSuffix(suffix) && body.count - suffix.count >= 3 {
            return body.dropLast(suffix.count) + "u" + suffix.dropFirst()
        }
        return body
    }

    /// Drops a final mute "e" (Amine, Haile, Tesfaye) and a final "h" after a vowel (Fatimah, Sarah).
    /// A final "e" after a doubled consonant marks a French feminine (Jeanne, Michelle) and is kept.
    static func withoutMuteEnding(_ body: String) -> String {
        var letters = Array(body)
        if letters.count >= 4, letters.last == "e" {
            let previous = letters[letters.count - 2]
            let doubled = previous == letters[letters.count - 3] && !vowels.contains(previous)
            if previous != "e" && !doubled { letters.removeLast() }
        }
        if letters.count >= 3, letters.last == "h", vowels.contains(letters[letters.count - 2]) {
            letters.removeLast()
        }
        return String(letters)
    }
}
