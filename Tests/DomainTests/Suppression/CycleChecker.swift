@testable import Domain

/// The exact attacker for all linear combinations of lines: a hidden value is determined by the margins' equations
/// exactly when its cell lies on no cycle of the bipartite graph whose nodes are lines and whose edges are hidden cells.
enum CycleChecker {
    /// The hidden positions of `table` that some combination of rows and columns determines.
    static func determined(_ table: SuppressedTable) -> [BorderedGrid.Position] {
        let grid = BorderedGrid(table)
        let hidden = grid.hiddenPositions
        return hidden.filter { edge in
            !connected(from: edge.row, to: edge.column, edges: hidden.filter { $0 != edge }, rows: grid.rows + 1)
        }
    }

    // Row nodes are 0..<rows, column nodes come after them.
    private static func connected(from row: Int, to column: Int, edges: [BorderedGrid.Position], rows: Int) -> Bool {
        var adjacency: [Int: [Int]] = [:]
        for edge in edges {
            adjacency[edge.row, default: []].append(rows + edge.column)
            adjacency[rows + edge.column, default: []].append(edge.row)
        }
        var seen: Set<Int> = [row]
        var frontier = [row]
        while let node = frontier.popLast() {
            for next in adjacency[node, default: []] where seen.insert(next).inserted {
                frontier.append(next)
            }
        }
        return seen.contains(rows + column)
    }
}
