import Foundation

/// Folds text for searching: no accents, no case, hyphens and apostrophes as spaces, single spaces.
public enum SearchKey {
    /// The folded form of `text`, as stored in `*_search` columns and used in queries.
    public static func fold(_ text: String) -> String {
        let folded = text.folding(
            options: [.diacriticInsensitive, .caseInsensitive],
            locale: Locale(identifier: "fr_FR")
        )
        .replacingOccurrences(of: "œ", with: "oe")
        .replacingOccurrences(of: "æ", with: "ae")
        var result = ""
        var lastWasSpace = true
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                result.unicodeScalars.append(scalar)
                lastWasSpace = false
            } else if !lastWasSpace {
                result.append(" ")
                lastWasSpace = true
            }
        }
        return result.hasSuffix(" ") ? String(result.dropLast()) : result
    }

    /// Whether `a` comes before `b` in a French list: accents and case aside ("Île-de-France" between "Hauts-de-France"
    /// and "Normandie", not after "Provence"), then as written so that the order is total.
    public static func frenchOrder(_ a: String, _ b: String) -> Bool {
        let (left, right) = (fold(a), fold(b))
        return left != right ? left < right : a < b
    }
}
