/// Folds names into comparable tokens and phonetic keys built for transliteration variance.
///
/// Only Latin-script input is keyed phonetically. Words in other scripts (Arabic, Ge'ez, Cyrillic…)
/// are folded (case, Arabic vowel marks) and then compared letter for letter only.
public enum NameKey {
    /// The words of a name: lowercase, accents removed, split on spaces, hyphens, apostrophes and dots,
    /// with a separate Arabic article glued to the next word ("Al Hassan" → "alhassan", "Abd er Rahman" → "abd", "errahman").
    public static func tokens(_ name: String) -> [String] {
        ArticleJoining.tokens(name).map(\.folded)
    }

    /// The coarse phonetic key of one token: "a" if it starts with a vowel, then its consonant sounds
    /// (Mohammed, Muhammad, Mouhamed → "mhmd"; Omar, Oumar, Umar → "amr"; "c" stands for "sh").
    /// Variants of a name always share it; different names may too, which `PersonNameMatcher` resolves.
    public static func phoneticKey(_ token: String) -> String {
        let folded = LatinFolding.words(token).map(LatinFolding.fold).joined()
        return PhoneticForm(folded: folded).skeleton
    }
}
