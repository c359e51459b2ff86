import Testing

@testable import QREncoder

/// Internal consistency of the version tables.
struct TablesTests {
    /// Modules left for codewords once all function patterns are drawn, counted from an empty symbol.
    private func dataModuleCount(version: Int) -> Int {
        let matrix = QRMatrix(version: version)
        return matrix.isFunction.filter { !$0 }.count
    }

    @Test(arguments: 1...40)
    func blocksFillTheSymbol(version: Int) {
        let available = dataModuleCount(version: version) / 8
        for correction in QRErrorCorrection.allCases {
            let layout = QRTables.blockLayout(version: version, correction: correction)
            #expect(layout.totalCodewords == available, "version \(version) \(correction)")
            // Group 2 blocks hold exactly one data codeword more than group 1 blocks.
            let lengths = Set(layout.dataCodewordsPerBlock)
            #expect(lengths.count == 1 || lengths.max()! == lengths.min()! + 1)
        }
    }

    @Test func knownDataCapacities() {
        #expect(QRTables.blockLayout(version: 1, correction: .low).dataCodewords == 19)
        #expect(QRTables.blockLayout(version: 5, correction: .quartile).dataCodewords == 62)
        #expect(QRTables.blockLayout(version: 20, correction: .medium).dataCodewords == 669)
        #expect(QRTables.blockLayout(version: 40, correction: .low).dataCodewords == 2956)
        #expect(QRTables.blockLayout(version: 40, correction: .high).dataCodewords == 1276)
    }

    @Test(arguments: 2...40)
    func alignmentPositionsAreEvenlySpaced(version: Int) {
        let positions = QRTables.alignmentPositions(version: version)
        #expect(positions.first == 6)
        #expect(positions.last == QRTables.size(version: version) - 7)
        #expect(positions.count == version / 7 + 2)
        // All gaps but the first are equal and even.
        let gaps = zip(positions.dropFirst(), positions).map { $0 - $1 }
        #expect(Set(gaps.dropFirst()).count <= 1)
        #expect(gaps.allSatisfy { $0 % 2 == 0 })
    }
}
