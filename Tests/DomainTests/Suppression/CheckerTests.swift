import Testing

@testable import Domain

/// The checkers find what they should, so that their silence elsewhere means something.
@Suite struct CheckerTests {
    @Test func subtractionRecoversALoneHiddenCellAndWhatFollows() {
        // Only the 3 hidden: its row total gives it away.
        let published = SuppressedTable(
            cells: [[.small, .shown(10)], [.shown(15), .shown(12)]],
            rowTotals: [.shown(13), .shown(27)],
            columnTotals: [.shown(18), .shown(22)],
            grandTotal: .shown(40)
        )
        #expect(SubtractionChecker.recoverable(published) == [BorderedGrid.Position(row: 0, column: 0): 3])
    }

    @Test func subtractionPropagatesAcrossLines() {
        // Row 0 has two hidden cells, but column 1 gives one away, then row 0 gives the other.
        let published = SuppressedTable(
            cells: [[.small, .masked], [.shown(15), .shown(12)]],
            rowTotals: [.shown(13), .shown(27)],
            columnTotals: [.shown(18), .shown(22)],
            grandTotal: .shown(40)
        )
        let recovered = SubtractionChecker.recoverable(published)
        #expect(recovered[BorderedGrid.Position(row: 0, column: 1)] == 10)
        #expect(recovered[BorderedGrid.Position(row: 0, column: 0)] == 3)
    }

    @Test func combiningLinesRecoversABridgeThatSubtractionMisses() {
        // Two blocks of four hidden cells joined by one hidden cell, the 5 at (2, 3): every line has two hidden
        // values or none, yet rows 2 and 3 minus columns 0 and 1 give the 5 away.
        let h = PublishedCount.masked
        let published = SuppressedTable(
            cells: [
                [.shown(18), .shown(26), h, h], [.shown(28), .shown(29), h, h], [h, h, .shown(24), h],
                [h, h, .shown(14), .shown(14)],
            ],
            rowTotals: [.shown(71), .shown(65), .shown(54), .shown(51)],
            columnTotals: [.shown(58), .shown(91), .shown(50), .shown(42)],
            grandTotal: .shown(241)
        )
        #expect(SubtractionChecker.recoverable(published).isEmpty)
        #expect(CycleChecker.determined(published) == [BorderedGrid.Position(row: 2, column: 3)])
    }

    @Test func suppressionClosesThatBridge() {
        let table = CountTable(cells: [[18, 26, 11, 16], [28, 29, 1, 7], [2, 23, 24, 5], [10, 13, 14, 14]])
        let published = SmallCountSuppression.apply(table)
        #expect(Invariants.violations(of: published, for: table).isEmpty)
    }
}
