/// A table of counts with its margins: rows × columns of cells, each row's total, each column's total, and the grand total.
public struct CountTable: Sendable, Equatable {
    /// The counts, row by row; every row has the same number of columns.
    public let cells: [[Int]]
    /// The sum of each row.
    public let rowTotals: [Int]
    /// The sum of each column.
    public let columnTotals: [Int]
    /// The sum of all cells.
    public let grandTotal: Int

    /// Builds a table from non-negative counts in rectangular rows and computes its margins.
    public init(cells: [[Int]]) {
        let columnCount = cells.first?.count ?? 0
        precondition(cells.allSatisfy { $0.count == columnCount }, "CountTable rows must all have the same length")
        precondition(cells.allSatisfy { $0.allSatisfy { $0 >= 0 } }, "CountTable counts must be non-negative")
        self.cells = cells
        rowTotals = cells.map { $0.reduce(0, +) }
        columnTotals = (0..<columnCount).map { column in cells.reduce(0) { $0 + $1[column] } }
        grandTotal = rowTotals.reduce(0, +)
    }

    /// The number of rows.
    public var rowCount: Int { cells.count }

    /// The number of columns.
    public var columnCount: Int { cells.first?.count ?? 0 }
}
