/// A1-style cell references: column letters (A…Z, AA…) and row numbers, both counted from 1.
public enum CellReference {
    /// The letters of the 1-based `column`: 1 → A, 26 → Z, 27 → AA, 702 → ZZ, 703 → AAA.
    public static func columnLetters(_ column: Int) -> String {
        precondition(column >= 1, "columns are counted from 1")
        var remaining = column
        var letters: [Character] = []
        // Bijective base 26: there is no zero digit, so subtract one before each division.
        while remaining > 0 {
            let digit = (remaining - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + digit))))
            remaining = (remaining - 1) / 26
        }
        return String(letters.reversed())
    }

    /// The reference of the 1-based `row` and `column`, e.g. row 2, column 2 → "B2".
    public static func name(row: Int, column: Int) -> String {
        precondition(row >= 1, "rows are counted from 1")
        return columnLetters(column) + String(row)
    }
}
