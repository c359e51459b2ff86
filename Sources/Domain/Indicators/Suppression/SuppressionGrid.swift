/// The bordered grid being suppressed: values, which of them are hidden, and the lines that bind them.
struct SuppressionGrid {
    let values: [[Int]]
    let lines: [GridLine]
    private(set) var hidden: [[Bool]]
    /// For each position, the indices of the lines through it.
    private let linesByPosition: [GridPosition: [Int]]

    /// Starts with nothing hidden.
    init(values: [[Int]], lines: [GridLine]) {
        self.values = values
        self.lines = lines
        hidden = values.map { $0.map { _ in false } }
        var linesByPosition: [GridPosition: [Int]] = [:]
        for (index, line) in lines.enumerated() {
            for position in line.positions { linesByPosition[position, default: []].append(index) }
        }
        self.linesByPosition = linesByPosition
    }

    /// Applies primary then complementary suppression, then closes what combining lines would still reveal.
    mutating func suppress() {
        hideSmallCounts()
        hideComplements()
        hideBridges()
    }

    /// The published form of the value at `position`.
    func published(_ position: GridPosition) -> PublishedCount {
        guard isHidden(position) else { return .shown(value(position)) }
        // Only a small count is below the threshold; anything else hidden is there to protect one.
        return SuppressionRule.isSmall(value(position)) ? .small : .masked
    }

    /// The value at `position`.
    func value(_ position: GridPosition) -> Int { values[position.row][position.column] }

    /// Whether the value at `position` is hidden so far.
    func isHidden(_ position: GridPosition) -> Bool { hidden[position.row][position.column] }

    /// The indices of the lines through `position`: two in a table (its row and its column), one in a list.
    func linesThrough(_ position: GridPosition) -> [Int] { linesByPosition[position] ?? [] }

    /// Hides the value at `position`.
    mutating func hide(_ position: GridPosition) { hidden[position.row][position.column] = true }

    private mutating func hideSmallCounts() {
        for row in values.indices {
            for column in values[row].indices where SuppressionRule.isSmall(values[row][column]) {
                hidden[row][column] = true
            }
        }
    }

    /// Hides, in the first line with exactly one hidden value, its smallest other non-zero value (its total if
    /// none), until no line has exactly one.
    // Such a line gives its hidden value away by subtraction, and each new hidden value can leave another line
    // with exactly one.
    mutating func hideComplements() {
        while let line = lines.first(where: { hiddenCount($0) == 1 }) {
            guard let complement = complement(in: line) else {
                preconditionFailure("a line whose only hidden value is its non-zero total has a non-zero part")
            }
            hide(complement)
        }
    }

    private func hiddenCount(_ line: GridLine) -> Int {
        line.positions.lazy.filter { isHidden($0) }.count
    }

    // Parts before the total, then the smallest value, then the first position, so that the result is deterministic.
    private func complement(in line: GridLine) -> GridPosition? {
        line.positions
            .filter { !isHidden($0) && value($0) != 0 }
            .min { lhs, rhs in
                let left = (lhs == line.total ? 1 : 0, value(lhs), lhs.row, lhs.column)
                let right = (rhs == line.total ? 1 : 0, value(rhs), rhs.row, rhs.column)
                return left < right
            }
    }
}
