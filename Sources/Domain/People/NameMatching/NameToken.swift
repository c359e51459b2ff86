/// One folded word of a name, with the spelling shown to caseworkers and an article-free variant.
struct NameToken: Sendable, Equatable {
    /// Lowercase, accent-free spelling used for comparison.
    let folded: String
    /// The word as typed, for reasons shown to caseworkers.
    let display: String
    /// For an article typed apart and glued to its noun ("Al Hassan"), the noun alone ("hassan").
    let withoutArticle: String?
}

/// Glues Arabic articles typed as separate words to the word they belong to.
enum ArticleJoining {
    /// Articles that are always glued to the next word ("al", "el"…).
    private static let plainArticles: Set<String> = ["al", "el", "ul", "ol"]
    /// Articles assimilated to a sun letter ("ar-Rahman", "ed-Dine"); glued only in a known compound,
    /// because words like "an" or "en" are also names or particles on their own.
    private static let sunLetterArticles: Set<String> = [
        "ar", "er", "ur", "as", "es", "us", "ad", "ed", "ud", "at", "et", "az", "ez",
        "an", "en", "un", "ash", "esh", "ech", "ach", "adh", "edh",
    ]
    /// Words after which a sun-letter article starts a compound ("Abd er Rahman").
    private static let compoundHeads: Set<String> = ["abd", "abdu", "abdou", "abdo", "abdi"]
    /// Words before which a sun-letter article ends a compound ("Nasr ed Dine").
    private static let compoundTails: Set<String> = ["din", "dine", "deen", "dinne"]

    /// Folds the words of `name` and glues articles to the word that follows them.
    static func tokens(_ name: String) -> [NameToken] {
        let words = LatinFolding.words(name)
        let folded = words.map(LatinFolding.fold)
        var tokens: [NameToken] = []
        var index = 0
        while index < words.count {
            let word = folded[index]
            let hasNext = index + 1 < words.count
            let previous = index > 0 ? folded[index - 1] : nil
            let gluesToNext =
                hasNext
                && (plainArticles.contains(word)
                    || (sunLetterArticles.contains(word)
                        && (compoundHeads.contains(previous ?? "") || compoundTails.contains(folded[index + 1]))))
            if gluesToNext {
                tokens.append(
                    NameToken(
                        folded: word + folded[index + 1],
                        display: words[index] + " " + words[index + 1],
                        withoutArticle: folded[index + 1]
                    )
                )
                index += 2
            } else {
                tokens.append(NameToken(folded: word, display: words[index], withoutArticle: nil))
                index += 1
            }
        }
        return tokens
    }
}
