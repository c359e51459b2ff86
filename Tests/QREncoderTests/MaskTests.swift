import Testing

@testable import QREncoder

/// Mask patterns and penalty rules on hand-made grids.
struct MaskTests {
    @Test func maskPatternsAtSampleModules() {
        // (x, y) = (3, 2): i = 2 rows, j = 3 columns in the standard's notation.
        let expected = [false, true, true, false, true, true, true, false]
        for mask in 0..<8 {
            #expect(QRMask.inverts(mask: mask, x: 3, y: 2) == expected[mask], "mask \(mask)")
        }
        #expect((0..<8).allSatisfy { QRMask.inverts(mask: $0, x: 0, y: 0) })
    }

    @Test func allLightGridPenalty() {
        let size = 21
        let penalty = QRMask.penalty(modules: Array(repeating: false, count: size * size), size: size)
        // N1: 42 lines of one 21-module run (3 + 16 each); N2: 20×20 blocks × 3; N4: 0 % dark → 100.
        #expect(penalty == 42 * 19 + 400 * 3 + 100)
    }

    @Test func finderLikePatternInRowIsPenalised() {
        // A checkerboard scores nothing for N1, N2 or N4; one row then carries 1011101 0000.
        let size = 21
        var modules = (0..<size * size).map { ($0 / size + $0 % size) % 2 == 0 }
        let baseline = QRMask.penalty(modules: modules, size: size)
        #expect(baseline == 0)
        let row = [true, false, true, true, true, false, true, false, false, false, false]
        for (offset, dark) in row.enumerated() { modules[10 * size + 5 + offset] = dark }
        let penalty = QRMask.penalty(modules: modules, size: size)
        // Only N3 changes: runs stay below five and no 2×2 block appears.
        #expect(penalty - baseline == 40)
    }
}
