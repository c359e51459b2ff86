import Testing

@testable import QREncoder

/// Function patterns and information areas of finished symbols.
struct MatrixTests {
    /// Reads the 15 format bits around the top-left finder.
    private func formatBitsNearTopLeft(_ code: QRCode) -> Int {
        let coordinates = [
            (8, 0), (8, 1), (8, 2), (8, 3), (8, 4), (8, 5), (8, 7), (8, 8),
            (7, 8), (5, 8), (4, 8), (3, 8), (2, 8), (1, 8), (0, 8),
        ]
        return coordinates.enumerated().reduce(0) {
            $0 | (code.isDark(x: $1.element.0, y: $1.element.1) ? 1 << $1.offset : 0)
        }
    }

    /// Reads the 15 format bits split between the top-right and bottom-left finders.
    private func formatBitsSplit(_ code: QRCode) -> Int {
        let n = code.size
        let coordinates = (0..<8).map { (n - 1 - $0, 8) } + (8..<15).map { (8, n - 15 + $0) }
        return coordinates.enumerated().reduce(0) {
            $0 | (code.isDark(x: $1.element.0, y: $1.element.1) ? 1 << $1.offset : 0)
        }
    }

    @Test(arguments: QRErrorCorrection.allCases)
    func formatInformationIsWrittenTwice(correction: QRErrorCorrection) throws {
        let code = try QRCode.encode("format check", correction: correction)
        let expected = QRInformation.formatBits(correction: correction, mask: code.mask)
        #expect(formatBitsNearTopLeft(code) == expected)
        #expect(formatBitsSplit(code) == expected)
        #expect(code.isDark(x: 8, y: code.size - 8), "dark module")
    }

    @Test func findersAndTimingPatterns() throws {
        let code = try QRCode.encode("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP")
        let n = code.size
        for (left, top) in [(0, 0), (n - 7, 0), (0, n - 7)] {
            for dy in 0..<7 {
                for dx in 0..<7 {
                    let ring = max(abs(dx - 3), abs(dy - 3))
                    #expect(code.isDark(x: left + dx, y: top + dy) == (ring != 2))
                }
            }
        }
        for index in 8..<(n - 8) {
            #expect(code.isDark(x: index, y: 6) == (index % 2 == 0))
            #expect(code.isDark(x: 6, y: index) == (index % 2 == 0))
        }
        // Separators are light.
        for index in 0..<8 {
            #expect(!code.isDark(x: 7, y: index) && !code.isDark(x: index, y: 7))
            #expect(!code.isDark(x: n - 8, y: index) && !code.isDark(x: n - 1 - index, y: 7))
            #expect(!code.isDark(x: 7, y: n - 1 - index) && !code.isDark(x: index, y: n - 8))
        }
    }

    @Test(arguments: [7, 12, 20, 33, 40])
    func versionInformationIsWrittenTwice(version: Int) throws {
        let capacity = QRTables.blockLayout(version: version, correction: .low).dataCodewords - 3
        let code = try QRCode.encode(String(repeating: "v", count: capacity), correction: .low)
        #expect(code.version == version)
        let n = code.size
        var bottomLeft = 0
        var topRight = 0
        for index in 0..<18 {
            if code.isDark(x: index / 3, y: n - 11 + index % 3) { bottomLeft |= 1 << index }
            if code.isDark(x: n - 11 + index % 3, y: index / 3) { topRight |= 1 << index }
        }
        #expect(bottomLeft == QRInformation.versionBits(version: version))
        #expect(topRight == bottomLeft)
    }

    @Test func chosenMaskHasLowestPenalty() throws {
        let bytes = Array("https://example.org/penalty".utf8)
        let chosen = try QRCode.encode(bytes: bytes, correction: .quartile)
        var penalties: [Int] = []
        for mask in 0..<8 {
            let forced = try QRCode.encode(bytes: bytes, correction: .quartile, forcedMask: mask)
            #expect(forced.mask == mask)
            penalties.append(QRMask.penalty(modules: forced.modules, size: forced.size))
        }
        #expect(chosen.mask == penalties.firstIndex(of: penalties.min()!))
    }

    @Test func outsideCoordinatesAreLight() throws {
        let code = try QRCode.encode("edge")
        #expect(!code.isDark(x: -1, y: 0) && !code.isDark(x: 0, y: code.size) && !code.isDark(x: 100, y: 100))
    }
}
