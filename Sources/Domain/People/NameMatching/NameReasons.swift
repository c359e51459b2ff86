/// French reasons and score points for a name comparison.
enum NameReasons {
    /// Points out of 55 for the names.
    static func points(_ comparison: NameComparison?) -> Int {
        guard let comparison, !comparison.pieces.isEmpty else { return 0 }
        if comparison.isFullMatch {
            let closeness = comparison.weakestKind == .exact ? 55 : 50
            return comparison.coversBothNames ? closeness : closeness - 5
        }
        let shorter = min(comparison.leftTokenCount, comparison.rightTokenCount)
        let found = min(comparison.leftCovered, comparison.rightCovered)
        return 10 + 15 * found / max(shorter, 1)
    }

    /// Reasons describing how the names compare.
    static func describe(_ comparison: NameComparison?) -> [String] {
        guard let comparison, !comparison.pieces.isEmpty else { return ["noms différents"] }
        var reasons: [String] = []
        let variants = comparison.pieces.filter { $0.kind != .exact }.map { "\($0.left) ≈ \($0.right)" }
        if comparison.isFullMatch {
            if variants.isEmpty {
                reasons.append(comparison.coversBothNames ? "noms identiques" : "nom inclus dans l'autre")
            } else {
                reasons.append("noms équivalents (\(variants.joined(separator: ", ")))")
            }
            if !comparison.coversBothNames && !variants.isEmpty { reasons.append("nom inclus dans l'autre") }
            if comparison.isReordered { reasons.append("ordre des noms différent") }
        } else {
            let shorter = min(comparison.leftTokenCount, comparison.rightTokenCount)
            let found = min(comparison.leftCovered, comparison.rightCovered)
            let shared = comparison.pieces.map { $0.kind == .exact ? $0.left : "\($0.left) ≈ \($0.right)" }
            reasons.append("nom partiel : \(found) mot(s) sur \(shorter) en commun (\(shared.joined(separator: ", ")))")
        }
        return reasons
    }
}
