/// The sound classes of a vowel letter; "e" stands for a short vowel spelled "a" or "i" elsewhere
/// (Mohammed ≈ Muhammad, Khaled ≈ Khalid, Mehdi ≈ Mahdi).
enum VowelClass: Character, Sendable, Hashable {
    case a = "a"
    case e = "e"
    case i = "i"
    case u = "u"

    /// Whether two vowels can be transliterations of the same sound.
    /// "e" for "u" (Youssef ≈ Yusuf) is left to the equivalent-name table: allowing it made Omer ≈ Emir.
    func isCompatible(with other: VowelClass) -> Bool {
        self == other || (self == .e && other != .u) || (other == .e && self != .u)
    }
}

/// A token as consonant symbols separated by vowel clusters, tolerant of transliteration variance.
struct PhoneticForm: Sendable, Hashable {
    /// Consonant symbols in order, doubled consonants collapsed.
    let consonants: [Character]
    /// The vowel cluster before each consonant, then the final one: `consonants.count + 1` clusters.
    let vowels: [[VowelClass]]
    /// A token in a script the rules do not cover, compared exactly.
    let opaque: String?

    /// Builds the form of a folded token; non-Latin tokens become opaque.
    init(folded token: String) {
        guard LatinFolding.isBasicLatin(token) else {
            self.init(consonants: [], vowels: [[]], opaque: token)
            return
        }
        var symbols: [PhoneticSymbol] = []
        for part in CompoundSpelling.parts(token) {
            symbols += PhoneticScanner.symbols(part)
        }
        self.init(symbols: PhoneticScanner.resolvingGlides(symbols))
    }

    /// Stores already computed parts.
    private init(consonants: [Character], vowels: [[VowelClass]], opaque: String?) {
        self.consonants = consonants
        self.vowels = vowels
        self.opaque = opaque
    }

    /// Groups sounds into consonants and vowel clusters, collapsing doubled letters.
    private init(symbols: [PhoneticSymbol]) {
        var consonants: [Character] = []
        var vowels: [[VowelClass]] = [[]]
        for symbol in symbols {
            switch symbol {
            case .consonant(let letter):
                if vowels[vowels.count - 1].isEmpty, consonants.last == letter { continue }
                consonants.append(letter)
                vowels.append([])
            case .vowel(let vowel):
                if vowels[vowels.count - 1].last != vowel { vowels[vowels.count - 1].append(vowel) }
            case .glide:
                continue
            }
        }
        self.init(consonants: consonants, vowels: vowels.map(Self.simplified), opaque: nil)
    }

    /// In a run of three or more vowels the "e" is a spelling glide (Rezaei, Ayesha → "ai").
    private static func simplified(_ cluster: [VowelClass]) -> [VowelClass] {
        guard cluster.count >= 3 else { return cluster }
        let withoutE = cluster.filter { $0 != .e }
        return withoutE.isEmpty ? cluster : withoutE
    }

    /// Whether two tokens can be spellings of the same spoken name.
    func isCompatible(with other: PhoneticForm) -> Bool {
        if opaque != nil || other.opaque != nil { return opaque == other.opaque }
        guard consonants == other.consonants else { return false }
        return zip(vowels, other.vowels).allSatisfy { left, right in
            left.count == right.count && zip(left, right).allSatisfy { $0.isCompatible(with: $1) }
        }
    }

    /// The coarse key stored for lookup: "a" if the token starts with a vowel, then the consonant symbols.
    var skeleton: String {
        if let opaque { return opaque }
        return (vowels[0].isEmpty ? "" : "a") + String(consonants)
    }
}
