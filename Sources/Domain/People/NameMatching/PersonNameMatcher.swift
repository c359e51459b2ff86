/// Scores whether two person records may be duplicates, from identifiers, names and birth dates.
public enum PersonNameMatcher {
    /// Compares two records. An identical identifier of one kind is likely whatever the names;
    /// otherwise equivalent names with a compatible birth date are likely, equivalent names with an
    /// unknown birth date possible, and a partial name match or a conflicting birth date unlikely.
    public static func score(_ a: NameCandidate, _ b: NameCandidate) -> MatchScore {
        let identifiers = IdentifierComparison(a.identifiers, b.identifiers)
        let names = bestNameComparison(a.names, b.names)
        let birth = BirthDateComparison(a, b)
        var reasons: [String] = identifiers.sameKinds.map { "même identifiant \(IdentifierComparison.label($0))" }
        reasons += identifiers.differentKinds.map { "identifiant \(IdentifierComparison.label($0)) différent" }
        reasons += NameReasons.describe(names)
        reasons.append(birth.reason)

        let points = NameReasons.points(names) + birth.points
        let verdict: MatchVerdict
        if !identifiers.sameKinds.isEmpty {
            verdict = .likely
            return MatchScore(value: max(points, 90), verdict: verdict, reasons: reasons)
        }
        switch (names?.isFullMatch ?? false, birth) {
        case (true, .compatible): verdict = identifiers.differentKinds.isEmpty ? .likely : .possible
        case (true, .unknown): verdict = .possible
        default: verdict = .unlikely
        }
        let penalty = identifiers.differentKinds.isEmpty ? 0 : 20
        // Unlikely pairs are scaled into their band rather than clamped, so they still rank among themselves.
        let value = verdict == .unlikely ? (points - penalty) * 39 / 100 : points - penalty
        return MatchScore(value: value, verdict: verdict, reasons: reasons)
    }

    /// Whether two full names are the same name, ignoring birth dates and identifiers:
    /// every token of the shorter name is found in the other, in any order, each used once.
    public static func namesMatch(_ a: String, _ b: String) -> Bool {
        NameComparison(ArticleJoining.tokens(a), ArticleJoining.tokens(b)).isFullMatch
    }

    /// Keys to store in an indexed column and look up for candidates before calling `score`.
    ///
    /// One phonetic key per token of two letters or more (see `NameKey.phoneticKey`), one per adjacent
    /// pair glued either way (so "Ali Reza" meets "Alireza"), the article-free word for a glued article,
    /// and "=label" for each equivalent-name group ("=osman" for Osman and Uthman). Two names that
    /// `namesMatch` share at least one key, unless they only share one-letter words (initials).
    /// Keys are coarse by design: filter the candidates with `score`.
    public static func searchKeys(_ name: String) -> [String] {
        var keys: Set<String> = []
        for unit in NameUnit.units(ArticleJoining.tokens(name)) {
            for spelling in unit.spellings where spelling.folded.count >= 2 {
                keys.insert(spelling.form.skeleton)
                for group in spelling.groups { keys.insert("=" + EquivalentNameGroups.all[group].label) }
            }
        }
        return keys.sorted()
    }

    /// The best comparison between any name of one record and any name of the other.
    static func bestNameComparison(_ left: [String], _ right: [String]) -> NameComparison? {
        var best: NameComparison?
        for leftName in left {
            let leftTokens = ArticleJoining.tokens(leftName)
            guard !leftTokens.isEmpty else { continue }
            for rightName in right {
                let rightTokens = ArticleJoining.tokens(rightName)
                guard !rightTokens.isEmpty else { continue }
                let comparison = NameComparison(leftTokens, rightTokens)
                if best.map({ comparison.rank > $0.rank }) ?? true { best = comparison }
            }
        }
        return best
    }
}
