/// A position in a table bordered by its margins: the last row holds column totals, the last column row totals.
struct GridPosition: Hashable, Sendable {
    let row: Int
    let column: Int
}

/// A line of the bordered grid: parts that add up to a total.
struct GridLine: Sendable {
    let parts: [GridPosition]
    let total: GridPosition

    /// Every position of the line, total last.
    var positions: [GridPosition] { parts + [total] }

    /// The rows, then the columns, of a bordered grid for a table of `rows` × `columns` cells, margins included.
    static func linesOfTable(rows: Int, columns: Int) -> [GridLine] {
        let rowLines = (0...rows).map { row in
            GridLine(
                parts: (0..<columns).map { GridPosition(row: row, column: $0) },
                total: GridPosition(row: row, column: columns)
            )
        }
        let columnLines = (0...columns).map { column in
            GridLine(
                parts: (0..<rows).map { GridPosition(row: $0, column: column) },
                total: GridPosition(row: rows, column: column)
            )
        }
        return rowLines + columnLines
    }
}
