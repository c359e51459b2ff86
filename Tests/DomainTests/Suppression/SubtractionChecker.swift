@testable import Domain

/// The brute-force attacker: solves hidden values by row and column subtraction, repeatedly, as far as it goes.
enum SubtractionChecker {
    /// The hidden positions of `table` whose value linear propagation determines, with the value found.
    static func recoverable(_ table: SuppressedTable) -> [BorderedGrid.Position: Int] {
        var grid = BorderedGrid(table)
        var recovered: [BorderedGrid.Position: Int] = [:]
        var progressed = true
        while progressed {
            progressed = false
            for line in grid.lines {
                let unknown = line.filter { grid[$0] == nil }
                guard unknown.count == 1, let position = unknown.first else { continue }
                let total = line.last!
                let partsSum = line.dropLast().compactMap { grid[$0] }.reduce(0, +)
                // Either the total is missing (sum the parts) or one part is (total minus the others).
                let value = position == total ? partsSum : grid[total]! - partsSum
                grid[position] = value
                recovered[position] = value
                progressed = true
            }
        }
        return recovered
    }
}
