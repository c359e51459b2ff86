import Domain

/// The XML of one `<row>` of a worksheet.
enum SheetRow {
    /// The style index of the bold header font in styles.xml.
    static let headerStyle = 1
    /// The style index of text typed with a quote prefix, for text a spreadsheet would otherwise read as a formula.
    static let quotedTextStyle = 2

    /// The `<row>` element numbered `row` (from 1); empty cells are left out, the references of the others say
    /// where they are.
    static func xml(row: Int, cells: [XLSXCell], style: Int? = nil) throws -> String {
        guard cells.count <= SpreadsheetLimits.maxColumns else { throw XLSXError.tooManyColumns(cells.count) }
        var xml = #"<row r="\#(row)">"#
        for (offset, cell) in cells.enumerated() {
            let reference = CellReference.name(row: row, column: offset + 1)
            xml += try cellXML(cell, reference: reference, style: style)
        }
        return xml + "</row>"
    }

    private static func cellXML(_ cell: XLSXCell, reference: String, style: Int?) throws -> String {
        let styleAttribute = style.map { #" s="\#($0)""# } ?? ""
        switch cell {
        case .empty:
            return ""
        case .integer(let value):
            return #"<c r="\#(reference)"\#(styleAttribute)><v>\#(value)</v></c>"#
        case .number(let value):
            guard value.isFinite else { throw XLSXError.nonFiniteNumber(reference) }
            // Swift prints the shortest text that reads back as the same Double, always with a dot.
            return #"<c r="\#(reference)"\#(styleAttribute)><v>\#(value)</v></c>"#
        case .text(let text):
            guard text.utf16.count <= SpreadsheetLimits.maxTextLength else { throw XLSXError.textTooLong(reference) }
            let escaped = XMLText.escaped(text)
            let preserve = needsPreservedSpace(text) ? #" xml:space="preserve""# : ""
            let textStyle = FormulaInjection.isRisky(text) ? #" s="\#(quotedTextStyle)""# : styleAttribute
            return #"<c r="\#(reference)"\#(textStyle) t="inlineStr"><is><t\#(preserve)>\#(escaped)</t></is></c>"#
        }
    }

    // Without xml:space="preserve", readers may trim leading and trailing white space.
    private static func needsPreservedSpace(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last else { return false }
        return first.isWhitespace || last.isWhitespace
    }
}
