/// The one rule against spreadsheet formula injection: a text cell that starts with `=`, `+`, `-`, `@`, a tab or a
/// carriage return would be read as a formula by a spreadsheet, so CSV prefixes it with an apostrophe and XLSX marks
/// it as text typed with a quote prefix (shown without the apostrophe).
enum FormulaInjection {
    static func isRisky(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return "=+-@\t\r".unicodeScalars.contains(first)
    }
}
