// Lines that each hold two hidden values can still be combined: adding some rows and subtracting some columns can
// cancel every hidden value but one. In graph terms (lines are nodes, hidden cells are edges joining their row and
// their column), a hidden value is recoverable exactly when its edge is a bridge, on no cycle. These steps hide
// more cells until every hidden cell lies on a cycle.
extension SuppressionGrid {
    /// Hides further cells until no hidden value can be recovered by any combination of lines.
    mutating func hideBridges() {
        while let bridge = firstBridge() {
            let side = linesReachable(from: linesThrough(bridge)[0], without: bridge)
            guard let link = cycleClosingCell(across: side) else {
                preconditionFailure("a bridge between two lines of hidden cells always has a cell to close a cycle")
            }
            hide(link)
            hideComplements()
        }
    }

    private func firstBridge() -> GridPosition? {
        hiddenPositions.first { position in
            let ends = linesThrough(position)
            return ends.count == 2 && !linesReachable(from: ends[0], without: position).contains(ends[1])
        }
    }

    // Any shown cell joining the bridge's two sides closes a cycle through it: prefer non-zero, then non-total,
    // then the smallest value, then the first position.
    private func cycleClosingCell(across side: Set<Int>) -> GridPosition? {
        shownPositions
            .filter { position in
                let ends = linesThrough(position)
                return ends.count == 2 && side.contains(ends[0]) != side.contains(ends[1])
            }
            .min { lhs, rhs in
                let left = (value(lhs) == 0 ? 1 : 0, isTotal(lhs) ? 1 : 0, value(lhs), lhs.row, lhs.column)
                let right = (value(rhs) == 0 ? 1 : 0, isTotal(rhs) ? 1 : 0, value(rhs), rhs.row, rhs.column)
                return left < right
            }
    }

    private func linesReachable(from start: Int, without removed: GridPosition) -> Set<Int> {
        var reached: Set<Int> = [start]
        var frontier = [start]
        while let line = frontier.popLast() {
            for position in lines[line].positions where isHidden(position) && position != removed {
                for next in linesThrough(position) where reached.insert(next).inserted {
                    frontier.append(next)
                }
            }
        }
        return reached
    }

    private var hiddenPositions: [GridPosition] { allPositions.filter { isHidden($0) } }

    private var shownPositions: [GridPosition] { allPositions.filter { !isHidden($0) } }

    private var allPositions: [GridPosition] {
        values.indices.flatMap { row in values[row].indices.map { GridPosition(row: row, column: $0) } }
    }

    private func isTotal(_ position: GridPosition) -> Bool {
        lines.contains { $0.total == position }
    }
}
