/// Why a workbook could not be written.
public enum XLSXError: Error, Sendable, Equatable {
    /// The sheet name is empty, longer than 31 characters, uses one of []:*?/\ or is otherwise refused by Excel.
    case invalidSheetName(String)
    /// The sheet would exceed Excel's 1 048 576 rows.
    case tooManyRows
    /// A row would exceed Excel's 16 384 columns.
    case tooManyColumns(Int)
    /// The text of the cell at this reference exceeds Excel's 32 767 characters.
    case textTooLong(String)
    /// The number of the cell at this reference is NaN or infinite, which a workbook cannot hold.
    case nonFiniteNumber(String)
    /// Rows were written after `finish()`, or `finish()` was called twice.
    case alreadyFinished
}
