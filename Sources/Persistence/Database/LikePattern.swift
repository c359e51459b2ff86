import SQLKit

/// LIKE patterns built from typed text: `%`, `_` and the escape character itself match only themselves, so a search
/// for "50%" or "A_B" finds those characters and nothing else. Every LIKE of Parcours goes through here.
public enum LikePattern {
    /// The text with LIKE's wildcards and the escape character escaped.
    public static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }

    /// `column LIKE 'text%' ESCAPE '\'`: the values that start with the text.
    public static func prefix(_ column: String, _ text: String) -> SQLQueryString {
        "\(unsafeRaw: column) LIKE \(bind: escaped(text) + "%") ESCAPE '\\'"
    }

    /// `column LIKE '%text%' ESCAPE '\'`: the values that contain the text.
    public static func contains(_ column: String, _ text: String) -> SQLQueryString {
        "\(unsafeRaw: column) LIKE \(bind: "%" + escaped(text) + "%") ESCAPE '\\'"
    }
}
