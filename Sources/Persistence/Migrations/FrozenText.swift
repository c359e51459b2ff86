import Foundation

/// The search folding of names as the migrations wrote it (a copy of `SearchKey.fold` of 2026): a migration must give
/// the same result forever, whatever the application's folding becomes.
enum FrozenText {
    /// No accents, no case, œ and æ spelt out, every other character but letters and digits as one space.
    static func fold(_ text: String) -> String {
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
}
