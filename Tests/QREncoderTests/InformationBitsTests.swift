import Testing

@testable import QREncoder

/// Format and version information words against the standard's tables.
struct InformationBitsTests {
    @Test(arguments: [
        (QRErrorCorrection.low, 0, 0b1110111_11000100),
        (.low, 7, 0b1101001_01110110),
        (.medium, 0, 0b1010100_00010010),
        (.medium, 2, 0b1011110_01111100),
        (.medium, 5, 0b1000000_11001110),
        (.quartile, 0, 0b0110101_01011111),
        (.quartile, 6, 0b0101110_11011010),
        (.high, 0, 0b0010110_10001001),
        (.high, 4, 0b0000111_01100010),
    ])
    func formatInformation(correction: QRErrorCorrection, mask: Int, expected: Int) {
        #expect(QRInformation.formatBits(correction: correction, mask: mask) == expected)
    }

    @Test(arguments: [(7, 0x07C94), (8, 0x085BC), (20, 0x149A6), (40, 0x28C69)])
    func versionInformation(version: Int, expected: Int) {
        #expect(QRInformation.versionBits(version: version) == expected)
    }
}
