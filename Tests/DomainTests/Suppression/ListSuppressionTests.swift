import Testing

@testable import Domain

/// Lists of counts with their total.
@Suite struct ListSuppressionTests {
    @Test func smallValueAndTheNextSmallestAreHidden() {
        let published = SmallCountSuppression.apply(list: [3, 10, 20])
        #expect(published.values == [.small, .masked, .shown(20)])
        #expect(published.total == .shown(33))
    }

    @Test func totalOfASingleSmallValueIsHidden() {
        let published = SmallCountSuppression.apply(list: [0, 3, 0])
        #expect(published.values == [.shown(0), .small, .shown(0)])
        #expect(published.total == .small, "it equals the small value")
    }

    @Test func listWithoutSmallValueIsUnchanged() {
        let published = SmallCountSuppression.apply(list: [12, 0, 30])
        #expect(published.values == [.shown(12), .shown(0), .shown(30)])
        #expect(published.total == .shown(42))
    }

    @Test func emptyList() {
        let published = SmallCountSuppression.apply(list: [])
        #expect(published.values.isEmpty)
        #expect(published.total == .shown(0))
    }

    @Test func listMatchesTheTableOfOneColumn() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<200 {
            let list = (0..<Int.random(in: 1...6, using: &generator)).map { _ in
                Int.random(in: 0...30, using: &generator)
            }
            let table = SmallCountSuppression.apply(CountTable(cells: list.map { [$0] }))
            let published = SmallCountSuppression.apply(list: list)
            #expect(published.values == table.cells.map { $0[0] }, "\(list)")
            #expect(published.total == table.columnTotals[0], "\(list)")
        }
    }
}
