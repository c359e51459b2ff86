@testable import Domain

/// A published table laid out with its margins as an extra row and column, for the checkers.
struct BorderedGrid {
    /// A position in the bordered grid.
    struct Position: Hashable, CustomStringConvertible {
        let row: Int
        let column: Int
        var description: String { "(\(row), \(column))" }
    }

    /// The known values: nil where hidden.
    var known: [[Int?]]
    let rows: Int
    let columns: Int

    /// Lays out `table` with its margins.
    init(_ table: SuppressedTable) {
        rows = table.cells.count
        columns = table.columnTotals.count
        let bordered = zip(table.cells, table.rowTotals).map { $0 + [$1] } + [table.columnTotals + [table.grandTotal]]
        known = bordered.map { line in
            line.map { cell in
                if case .shown(let value) = cell { return value }
                return nil
            }
        }
    }

    /// Each row then each column, margins included: the parts, and the total they add up to last.
    var lines: [[Position]] {
        let rowLines = (0...rows).map { row in (0...columns).map { Position(row: row, column: $0) } }
        let columnLines = (0...columns).map { column in (0...rows).map { Position(row: $0, column: column) } }
        return rowLines + columnLines
    }

    /// Every hidden position.
    var hiddenPositions: [Position] {
        (0...rows).flatMap { row in
            (0...columns).compactMap { known[row][$0] == nil ? Position(row: row, column: $0) : nil }
        }
    }

    /// The value at `position`, or nil where hidden.
    subscript(position: Position) -> Int? {
        get { known[position.row][position.column] }
        set { known[position.row][position.column] = newValue }
    }
}
