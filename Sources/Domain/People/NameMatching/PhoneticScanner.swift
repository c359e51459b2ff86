/// One sound read from a spelling.
enum PhoneticSymbol: Sendable, Equatable {
    case consonant(Character)
    case vowel(VowelClass)
    /// "w", "v", or "ou"/"u" before a vowel: a consonant before a vowel, otherwise the vowel "u".
    case glide
}

/// Reads a folded a–z spelling into sounds, merging the letter groups that transliterations swap.
enum PhoneticScanner {
    private static let vowelLetters: Set<Character> = ["a", "e", "i", "o", "u", "y"]

    /// Consonant digraphs read as one symbol; "c" stands for the "sh" sound.
    private static let digraphs: [String: Character] = [
        "sh": "c", "kh": "k", "gh": "g", "ph": "f", "th": "t", "dh": "d",
        "zh": "j", "dj": "j", "dz": "z", "ck": "k",
    ]

    /// The sounds of one spelling, before glides are resolved.
    static func symbols(_ spelling: String) -> [PhoneticSymbol] {
        let letters = Array(spelling)
        func letter(_ index: Int) -> Character? { index < letters.count ? letters[index] : nil }
        var symbols: [PhoneticSymbol] = []
        var index = 0
        while index < letters.count {
            let current = letters[index]
            let next = letter(index + 1)
            let afterNext = letter(index + 2)
            let pair = String([current] + (next.map { [$0] } ?? []))
            switch current {
            case "s" where next == "c" && afterNext == "h", "t" where (next == "c" || next == "s") && afterNext == "h":
                symbols.append(.consonant("c"))
                index += 3
            case "c" where next == "h":
                // "ch" is "sh" in French spellings but "k" in Chr-, Chl- and Michael.
                let hard = afterNext == "r" || afterNext == "l" || (afterNext == "a" && letter(index + 3) == "e")
                symbols.append(.consonant(hard ? "k" : "c"))
                index += 2
            case _ where digraphs[pair] != nil:
                symbols.append(.consonant(digraphs[pair]!))
                index += 2
            case "q" where next == "u" && [Character("a"), "e", "i"].contains(afterNext ?? " "),
                "g" where next == "u" && (afterNext == "e" || afterNext == "i"):
                // The "u" of French "qu"/"gu" is silent.
                symbols.append(.consonant(current == "q" ? "k" : "g"))
                index += 2
            case "c":
                symbols.append(.consonant(["e", "i", "y"].contains(next ?? " ") ? "s" : "k"))
                index += 1
            case "q":
                symbols.append(.consonant("k"))
                index += 1
            case "v", "w":
                symbols.append(.glide)
                index += 1
            case "y":
                let startsWord = index == 0 && next.map(vowelLetters.contains) == true
                symbols.append(startsWord ? .consonant("y") : .vowel(.i))
                index += 1
            case "e" where next == "e":
                symbols.append(.vowel(.i))
                index += 2
            case "o" where next == "o":
                symbols.append(.vowel(.u))
                index += 2
            case "o" where next == "u":
                symbols.append(afterNext == "a" || afterNext == "e" ? .glide : .vowel(.u))
                index += 2
            case "u":
                symbols.append(next == "a" || next == "e" ? .glide : .vowel(.u))
                index += 1
            case "a":
                symbols.append(.vowel(.a))
                index += 1
            case "e":
                symbols.append(.vowel(.e))
                index += 1
            case "i":
                symbols.append(.vowel(.i))
                index += 1
            case "o":
                symbols.append(.vowel(.u))
                index += 1
            default:
                symbols.append(.consonant(current))
                index += 1
            }
        }
        return symbols
    }

    /// A glide is the consonant "w" when it opens a syllable after a consonant or at the start
    /// (Wahid, Marwa, Fouad), and the vowel "u" elsewhere (Dawood ≈ Daoud, Sawsan ≈ Saoussane).
    static func resolvingGlides(_ symbols: [PhoneticSymbol]) -> [PhoneticSymbol] {
        symbols.indices.map { index in
            guard symbols[index] == .glide else { return symbols[index] }
            let nextIsVowel =
                index + 1 < symbols.count && { if case .vowel = symbols[index + 1] { true } else { false } }()
            let previousIsVowel = index > 0 && { if case .consonant = symbols[index - 1] { false } else { true } }()
            return nextIsVowel && !previousIsVowel ? .consonant("w") : .vowel(.u)
        }
    }
}
