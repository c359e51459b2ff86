/// A table of counts as published: every cell and margin shown or hidden.
public struct SuppressedTable: Sendable, Equatable {
    /// The published cells, row by row.
    public let cells: [[PublishedCount]]
    /// The published total of each row.
    public let rowTotals: [PublishedCount]
    /// The published total of each column.
    public let columnTotals: [PublishedCount]
    /// The published grand total.
    public let grandTotal: PublishedCount

    /// Assembles a published table from its parts.
    public init(
        cells: [[PublishedCount]],
        rowTotals: [PublishedCount],
        columnTotals: [PublishedCount],
        grandTotal: PublishedCount
    ) {
        self.cells = cells
        self.rowTotals = rowTotals
        self.columnTotals = columnTotals
        self.grandTotal = grandTotal
    }
}
