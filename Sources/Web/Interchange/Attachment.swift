/// The `Content-Disposition` of a download: the file name keeps only ASCII letters, digits, `.`, `-` and `_` (others
/// become `_`), so that no value can close the quotes, add a parameter or break the header.
enum Attachment {
    static func disposition(filename: String) -> String {
        let safe = String(
            filename.unicodeScalars.map { scalar -> Character in
                scalar.isASCII
                    && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                        || ".-_".unicodeScalars.contains(scalar))
                    ? Character(scalar) : "_"
            }
        )
        return "attachment; filename=\"\(safe)\""
    }
}
