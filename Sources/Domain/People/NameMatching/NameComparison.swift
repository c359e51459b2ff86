/// Two pieces found to be the same name.
struct MatchedPiece: Sendable {
    let left: String
    let right: String
    let kind: TokenMatchKind
    let leftStart: Int
    let rightStart: Int
}

/// The best pairing of the pieces of two names, each token used at most once, regardless of order.
struct NameComparison: Sendable {
    let pieces: [MatchedPiece]
    let leftTokenCount: Int
    let rightTokenCount: Int
    let leftCovered: Int
    let rightCovered: Int

    /// All tokens of at least one name (normally the shorter) were found in the other.
    var isFullMatch: Bool {
        !pieces.isEmpty && (leftCovered == leftTokenCount || rightCovered == rightTokenCount)
    }

    /// Some tokens match but neither name is fully found in the other.
    var isPartialMatch: Bool { !pieces.isEmpty && !isFullMatch }

    /// Every token of both names is matched.
    var coversBothNames: Bool { leftCovered == leftTokenCount && rightCovered == rightTokenCount }

    /// The matched pieces appear in a different order in the two names.
    var isReordered: Bool {
        let rightOrder = pieces.sorted { $0.leftStart < $1.leftStart }.map(\.rightStart)
        return rightOrder != rightOrder.sorted()
    }

    /// The weakest kind among matched pieces.
    var weakestKind: TokenMatchKind? { pieces.map(\.kind).min() }

    /// Ranking used to pick the best comparison: a full match, then coverage, then closeness.
    var rank: Int {
        (isFullMatch ? 10_000 : 0) + 100 * (leftCovered + rightCovered) + pieces.reduce(0) { $0 + $1.kind.rawValue }
    }

    /// Compares two token lists, exploring every pairing of pieces.
    init(_ left: [NameToken], _ right: [NameToken]) {
        let leftUnits = NameUnit.units(left)
        let rightUnits = NameUnit.units(right)
        let leftCount = min(left.count, NameUnit.maximumTokens)
        let rightCount = min(right.count, NameUnit.maximumTokens)
        let search = PairingSearch(left: leftUnits, right: rightUnits, leftCount: leftCount, rightCount: rightCount)
        let best = search.best(position: 0, leftMask: 0, rightMask: 0)
        pieces = best.pairs.map { pair in
            let l = leftUnits[pair.left]
            let r = rightUnits[pair.right]
            return MatchedPiece(
                left: l.display,
                right: r.display,
                kind: pair.kind,
                leftStart: l.start,
                rightStart: r.start
            )
        }
        leftTokenCount = leftCount
        rightTokenCount = rightCount
        leftCovered = best.leftMask.nonzeroBitCount
        rightCovered = best.rightMask.nonzeroBitCount
    }
}

/// Exhaustive search, memoised on which tokens are used, for the best pairing of pieces.
private final class PairingSearch {
    /// A left piece matched with a right piece.
    struct Pair {
        let left: Int
        let right: Int
        let kind: TokenMatchKind
    }
    /// A pairing with its value and the tokens it uses.
    struct Outcome {
        var value: Int
        var pairs: [Pair]
        var leftMask: Int
        var rightMask: Int
    }

    let left: [NameUnit]
    let right: [NameUnit]
    let leftCount: Int
    let rightCount: Int
    private var kinds: [[TokenMatchKind?]]
    private var memo: [Int: Outcome] = [:]

    /// Prepares the search and precomputes how every pair of pieces matches.
    init(left: [NameUnit], right: [NameUnit], leftCount: Int, rightCount: Int) {
        self.left = left
        self.right = right
        self.leftCount = leftCount
        self.rightCount = rightCount
        kinds = left.map { unit in right.map(unit.match) }
    }

    /// The best outcome for the tokens from `position` on, given the tokens already used.
    func best(position: Int, leftMask: Int, rightMask: Int) -> Outcome {
        if position == leftCount {
            let full = leftMask.nonzeroBitCount == leftCount || rightMask.nonzeroBitCount == rightCount
            let value =
                (full && leftMask != 0 ? 10_000 : 0) + 100 * (leftMask.nonzeroBitCount + rightMask.nonzeroBitCount)
            return Outcome(value: value, pairs: [], leftMask: leftMask, rightMask: rightMask)
        }
        let key = (position << 16) | (leftMask << 8) | rightMask
        if let known = memo[key] { return known }
        var best = best(position: position + 1, leftMask: leftMask, rightMask: rightMask)
        if leftMask & (1 << position) == 0 {
            for (leftIndex, leftUnit) in left.enumerated()
            where leftUnit.start == position && leftUnit.mask & leftMask == 0 {
                for (rightIndex, rightUnit) in right.enumerated() where rightUnit.mask & rightMask == 0 {
                    guard let kind = kinds[leftIndex][rightIndex] else { continue }
                    var outcome = self.best(
                        position: position + 1,
                        leftMask: leftMask | leftUnit.mask,
                        rightMask: rightMask | rightUnit.mask
                    )
                    outcome.value += kind.rawValue
                    if outcome.value > best.value {
                        outcome.pairs.insert(Pair(left: leftIndex, right: rightIndex, kind: kind), at: 0)
                        best = outcome
                    }
                }
            }
        }
        memo[key] = best
        return best
    }
}
