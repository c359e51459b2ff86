import Foundation

/// Splits a typed name into words and folds each word to lowercase letters without accents.
enum LatinFolding {
    /// Letters that carry no decomposable accent, mapped to their usual Latin spelling.
    private static let specialLetters: [Character: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d",
        "ð": "d", "þ": "th", "ı": "i", "ħ": "h",
    ]

    /// The words of `text` as typed, split on anything that is not a letter (spaces, hyphens, apostrophes, dots…).
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text.precomposedStringWithCanonicalMapping {
            if character.isLetter {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// One word in lowercase, with accents, diacritics and Arabic vowel marks removed.
    static func fold(_ word: String) -> String {
        var mapped = ""
        for character in word.lowercased() {
            if let replacement = specialLetters[character] {
                mapped += replacement
            } else {
                mapped.append(character)
            }
        }
        let scalars = mapped.decomposedStringWithCanonicalMapping.unicodeScalars.filter { scalar in
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark, .format: false
            default: true
            }
        }
        return String(String.UnicodeScalarView(scalars)).precomposedStringWithCanonicalMapping
    }

    /// Whether a folded word is plain a–z, the only input the phonetic rules understand.
    static func isBasicLatin(_ folded: String) -> Bool {
        !folded.isEmpty && folded.unicodeScalars.allSatisfy { $0.value >= 97 && $0.value <= 122 }
    }
}
