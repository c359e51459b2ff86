/// Excel's limits, which LibreOffice shares; a workbook beyond them does not open.
enum SpreadsheetLimits {
    static let maxRows = 1_048_576
    static let maxColumns = 16_384
    static let maxTextLength = 32_767
    static let maxSheetNameLength = 31
}
