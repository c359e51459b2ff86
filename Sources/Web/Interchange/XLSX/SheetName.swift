import Domain

/// The rules Excel applies to a sheet's name.
enum SheetName {
    private static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// Throws `XLSXError.invalidSheetName` unless `name` is 1 to 31 characters long, free of []:*?/\ and of
    /// characters XML forbids, does not start or end with an apostrophe, and is not the reserved "History".
    static func validate(_ name: String) throws {
        let valid =
            !name.isEmpty
            && name.utf16.count <= SpreadsheetLimits.maxSheetNameLength
            && !name.contains(where: forbidden.contains)
            && name.unicodeScalars.allSatisfy(XMLText.isAllowed)
            && !name.hasPrefix("'") && !name.hasSuffix("'")
            && name.lowercased() != "history"
        guard valid else { throw XLSXError.invalidSheetName(name) }
    }
}
