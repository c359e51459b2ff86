/// One cell of a row: text, a number, an integer, or nothing.
public enum XLSXCell: Sendable, Equatable {
    case text(String)
    case number(Double)
    case integer(Int)
    case empty
}
