@testable import Domain

/// The properties every published table must have, as readable failure messages.
enum Invariants {
    /// What is wrong with `published` as the suppression of `table`; empty when nothing is.
    static func violations(of published: SuppressedTable, for table: CountTable) -> [String] {
        var problems: [String] = []
        let truth = BorderedGrid.values(of: table)
        let grid = BorderedGrid(published)
        for row in truth.indices {
            for column in truth[row].indices {
                let value = truth[row][column]
                let shown = grid.known[row][column]
                if let shown, shown != value { problems.append("(\(row), \(column)) shows \(shown), not \(value)") }
                if shown != nil && SuppressionRule.isSmall(value) {
                    problems.append("(\(row), \(column)) shows \(value)")
                }
                if shown == nil && value == 0 { problems.append("(\(row), \(column)) hides a zero") }
            }
        }
        for line in grid.lines where line.filter({ grid[$0] == nil }).count == 1 {
            problems.append("line \(line) has exactly one hidden value")
        }
        let recovered = SubtractionChecker.recoverable(published)
        if !recovered.isEmpty { problems.append("recovered by subtraction: \(recovered)") }
        let determined = CycleChecker.determined(published)
        if !determined.isEmpty { problems.append("determined by combining lines: \(determined)") }
        return problems
    }
}

extension BorderedGrid {
    /// The true values of `table` with its margins as an extra row and column.
    static func values(of table: CountTable) -> [[Int]] {
        zip(table.cells, table.rowTotals).map { $0 + [$1] } + [table.columnTotals + [table.grandTotal]]
    }
}
