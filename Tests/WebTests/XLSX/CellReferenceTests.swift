import Testing

@testable import Web

/// Column letters and cell names.
@Suite struct CellReferenceTests {
    @Test(arguments: [
        (1, "A"), (2, "B"), (26, "Z"), (27, "AA"), (52, "AZ"), (53, "BA"), (702, "ZZ"), (703, "AAA"),
        (16_384, "XFD"),
    ])
    func columnLetters(column: Int, letters: String) {
        #expect(CellReference.columnLetters(column) == letters)
    }

    @Test func cellName() {
        #expect(CellReference.name(row: 2, column: 2) == "B2")
        #expect(CellReference.name(row: 1_048_576, column: 28) == "AB1048576")
    }
}
