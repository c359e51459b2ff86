import Testing

@testable import Domain

/// Hand-made tables whose published form is known.
@Suite struct TableSuppressionTests {
    @Test func smallCellHidesANeighbourInItsRowAndInItsColumn() {
        let table = CountTable(cells: [[3, 10, 20], [15, 12, 18], [25, 30, 40]])
        let published = SmallCountSuppression.apply(table)
        #expect(published.cells[0][0] == .small)
        #expect(published.cells[0][1] == .masked, "smallest other cell of row 0")
        #expect(published.cells[1][0] == .masked, "smallest other cell of column 0")
        #expect(published.rowTotals[0] == .shown(33))
        #expect(published.columnTotals[0] == .shown(43))
        #expect(SubtractionChecker.recoverable(published).isEmpty)
        #expect(Invariants.violations(of: published, for: table).isEmpty)
    }

    @Test func rowTotalOfASingleSmallCellIsHidden() {
        let table = CountTable(cells: [[0, 3, 0], [10, 12, 15]])
        let published = SmallCountSuppression.apply(table)
        #expect(published.cells[0] == [.shown(0), .small, .shown(0)])
        #expect(published.rowTotals[0] == .small, "it equals the small cell")
        #expect(Invariants.violations(of: published, for: table).isEmpty)
    }

    @Test func rowTotalStaysShownWhenASecondCellIsHidden() {
        let table = CountTable(cells: [[3, 10, 20], [8, 9, 30]])
        let published = SmallCountSuppression.apply(table)
        #expect(published.cells[0][0] == .small)
        #expect(published.cells[0][1] == .masked)
        #expect(published.rowTotals[0] == .shown(33))
        #expect(Invariants.violations(of: published, for: table).isEmpty)
    }

    @Test func lineWithNoOtherNonZeroCellHidesItsTotal() {
        let table = CountTable(cells: [[3, 6], [5, 0]])
        let published = SmallCountSuppression.apply(table)
        // Column 1 is [6, 0]: hiding 6 alone would leave it equal to the column total.
        #expect(published.cells[0][1] == .masked)
        #expect(published.columnTotals[1] == .masked)
        #expect(published.rowTotals[1] == .masked, "row 1 is [5, 0]: the same holds, and 5 is no small count")
        #expect(Invariants.violations(of: published, for: table).isEmpty)
    }

    @Test func zeroStaysShown() {
        let table = CountTable(cells: [[0, 3, 10], [0, 12, 20]])
        let published = SmallCountSuppression.apply(table)
        #expect(published.cells[0][0] == .shown(0))
        #expect(published.cells[1][0] == .shown(0))
        #expect(published.columnTotals[0] == .shown(0))
        #expect(Invariants.violations(of: published, for: table).isEmpty)
    }

    @Test func tableWithoutSmallCellIsUnchanged() {
        let table = CountTable(cells: [[5, 10, 0], [20, 7, 31]])
        let published = SmallCountSuppression.apply(table)
        let expected = SuppressedTable(
            cells: [[.shown(5), .shown(10), .shown(0)], [.shown(20), .shown(7), .shown(31)]],
            rowTotals: [.shown(15), .shown(58)],
            columnTotals: [.shown(25), .shown(17), .shown(31)],
            grandTotal: .shown(73)
        )
        #expect(published == expected)
    }

    @Test(arguments: [(3, PublishedCount.small), (12, .shown(12)), (0, .shown(0))])
    func oneByOneTable(count: Int, expected: PublishedCount) {
        let published = SmallCountSuppression.apply(CountTable(cells: [[count]]))
        #expect(
            published
                == SuppressedTable(
                    cells: [[expected]],
                    rowTotals: [expected],
                    columnTotals: [expected],
                    grandTotal: expected
                )
        )
    }

    @Test func tiesAreBrokenByPositionAndRepeatIdentically() {
        let table = CountTable(cells: [[3, 10, 10], [10, 10, 20], [10, 20, 20]])
        let first = SmallCountSuppression.apply(table)
        #expect(first.cells[0] == [.small, .masked, .shown(10)], "the first of the two 10s in row 0")
        #expect(first.cells.map { $0[0] } == [.small, .masked, .shown(10)], "the first 10 in column 0")
        for _ in 0..<10 {
            #expect(SmallCountSuppression.apply(table) == first)
        }
    }

    @Test func marginsAreSuppressedToo() {
        let table = CountTable(cells: [[2, 0], [1, 0], [30, 40]])
        let published = SmallCountSuppression.apply(table)
        #expect(published.rowTotals[0] == .small)
        #expect(published.rowTotals[1] == .small)
        #expect(Invariants.violations(of: published, for: table).isEmpty)
    }

    @Test func aCellHiddenOnlyToProtectAnotherIsMaskedNeverASmallCount() {
        // Villeurbanne's 9 adults under A2 hide with a neighbour's 3: the 9 is not "< 5".
        let table = CountTable(cells: [[3, 9, 0], [12, 15, 20]])
        let published = SmallCountSuppression.apply(table)
        #expect(published.cells[0][0] == .small)
        #expect(published.cells[0][1] == .masked)
        #expect(SmallCountSuppression.text(published.cells[0][1]) == "s")
        for (row, cells) in table.cells.enumerated() {
            for (column, value) in cells.enumerated() where published.cells[row][column] == .small {
                #expect(SuppressionRule.isSmall(value), "only counts from 1 to 4 read \"< 5\"")
            }
        }
    }
}
