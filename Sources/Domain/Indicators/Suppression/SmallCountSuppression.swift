/// Statistical disclosure control for tables of counts: small counts are hidden, and so is whatever would reveal them.
public enum SmallCountSuppression {
    /// Hides counts from 1 to threshold − 1 (cells and margins), then, line by line, the smallest other non-zero
    /// cell of any row or column with exactly one hidden value (its total if it has none), until no line has exactly
    /// one; then more cells until no combination of rows and columns recovers a hidden value either.
    public static func apply(_ table: CountTable) -> SuppressedTable {
        let rows = table.rowCount
        let columns = table.columnCount
        let bordered = zip(table.cells, table.rowTotals).map { $0 + [$1] } + [table.columnTotals + [table.grandTotal]]
        var grid = SuppressionGrid(values: bordered, lines: GridLine.linesOfTable(rows: rows, columns: columns))
        grid.suppress()
        return SuppressedTable(
            cells: (0..<rows).map { row in
                (0..<columns).map { grid.published(GridPosition(row: row, column: $0)) }
            },
            rowTotals: (0..<rows).map { grid.published(GridPosition(row: $0, column: columns)) },
            columnTotals: (0..<columns).map { grid.published(GridPosition(row: rows, column: $0)) },
            grandTotal: grid.published(GridPosition(row: rows, column: columns))
        )
    }

    /// A single list of counts with its total (a table of one column), same rules; a single line cannot be combined
    /// with others, so two hidden values are always enough.
    public static func apply(list: [Int]) -> (values: [PublishedCount], total: PublishedCount) {
        precondition(list.allSatisfy { $0 >= 0 }, "counts must be non-negative")
        let parts = list.indices.map { GridPosition(row: $0, column: 0) }
        let line = GridLine(parts: parts, total: GridPosition(row: list.count, column: 0))
        var grid = SuppressionGrid(values: (list + [list.reduce(0, +)]).map { [$0] }, lines: [line])
        grid.suppress()
        return (parts.map { grid.published($0) }, grid.published(line.total))
    }
}
