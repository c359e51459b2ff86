/// How two pieces of names were found to be the same.
enum TokenMatchKind: Int, Sendable, Comparable {
    case phonetic = 1
    case equivalent = 2
    case exact = 3

    static func < (lhs: TokenMatchKind, rhs: TokenMatchKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One spelling of a name piece with its precomputed form and equivalent groups.
struct UnitSpelling: Sendable {
    let folded: String
    let form: PhoneticForm
    let groups: Set<Int>

    /// Precomputes the form and groups of a folded spelling.
    init(_ folded: String) {
        self.folded = folded
        self.form = PhoneticForm(folded: folded)
        self.groups = EquivalentNameGroups.groups(folded: folded, form: form)
    }

    /// The strongest way two spellings are the same name, if any.
    func match(_ other: UnitSpelling) -> TokenMatchKind? {
        if folded == other.folded { return .exact }
        if !groups.isDisjoint(with: other.groups) { return .equivalent }
        if form.isCompatible(with: other.form) { return .phonetic }
        return nil
    }
}

/// A piece of a name that can match one token of the other name: one token, or two adjacent
/// tokens glued in either order (Ali Reza ≈ Alireza, N'Diaye ≈ Ndiaye, Rahman Abdul ≈ Abdulrahman).
struct NameUnit: Sendable {
    /// Bit set of the token positions the piece covers.
    let mask: Int
    /// Lowest token position covered.
    let start: Int
    /// The piece as typed.
    let display: String
    /// The piece's spellings: as typed and, for a glued article, without it.
    let spellings: [UnitSpelling]

    /// The most tokens compared per name; beyond it names are truncated to keep matching instant.
    static let maximumTokens = 6

    /// Every single token and every adjacent pair, glued both ways.
    static func units(_ tokens: [NameToken]) -> [NameUnit] {
        let tokens = Array(tokens.prefix(maximumTokens))
        var units: [NameUnit] = []
        for (position, token) in tokens.enumerated() {
            let spellings = [token.folded] + (token.withoutArticle.map { [$0] } ?? [])
            units.append(
                NameUnit(
                    mask: 1 << position,
                    start: position,
                    display: token.display,
                    spellings: spellings.map(UnitSpelling.init)
                )
            )
        }
        for position in tokens.indices.dropLast() {
            let first = tokens[position]
            let second = tokens[position + 1]
            let mask = (1 << position) | (1 << (position + 1))
            units.append(
                NameUnit(
                    mask: mask,
                    start: position,
                    display: first.display + " " + second.display,
                    spellings: [UnitSpelling(first.folded + second.folded)]
                )
            )
            units.append(
                NameUnit(
                    mask: mask,
                    start: position,
                    display: second.display + " " + first.display,
                    spellings: [UnitSpelling(second.folded + first.folded)]
                )
            )
        }
        return units
    }

    /// The strongest way two pieces are the same name, if any.
    func match(_ other: NameUnit) -> TokenMatchKind? {
        var best: TokenMatchKind?
        for mine in spellings {
            for theirs in other.spellings {
                if let kind = mine.match(theirs), best.map({ kind > $0 }) ?? true { best = kind }
            }
        }
        return best
    }
}
