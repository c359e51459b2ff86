import Testing

@testable import Domain

/// Random small tables against the brute-force checkers.
@Suite struct RandomTableTests {
    @Test func fiveHundredRandomTablesLeakNoHiddenValue() {
        var generator = SeededGenerator(seed: 0x5EED_CAFE)
        for _ in 0..<500 {
            let rows = Int.random(in: 1...5, using: &generator)
            let columns = Int.random(in: 1...5, using: &generator)
            let cells = (0..<rows).map { _ in (0..<columns).map { _ in Int.random(in: 0...30, using: &generator) } }
            let table = CountTable(cells: cells)
            let published = SmallCountSuppression.apply(table)
            let violations = Invariants.violations(of: published, for: table)
            #expect(violations.isEmpty, "\(cells): \(violations)")
            #expect(SmallCountSuppression.apply(table) == published, "\(cells) is not deterministic")
        }
    }
}
