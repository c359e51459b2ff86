import Testing

@testable import QREncoder

/// Choosing the smallest version and rejecting text that fits none.
struct VersionSelectionTests {
    private func text(_ length: Int) -> String { String(repeating: "a", count: length) }

    @Test func longestVersion1MediumTextStaysVersion1() throws {
        let code = try QRCode.encode(text(14), correction: .medium)
        #expect(code.version == 1)
        #expect(code.size == 21)
    }

    @Test func oneByteMoreNeedsVersion2() throws {
        let code = try QRCode.encode(text(15), correction: .medium)
        #expect(code.version == 2)
        #expect(code.size == 25)
    }

    @Test(arguments: [(QRErrorCorrection.low, 17), (.medium, 14), (.quartile, 11), (.high, 7)])
    func version1ByteCapacity(correction: QRErrorCorrection, capacity: Int) throws {
        #expect(try QRCode.encode(text(capacity), correction: correction).version == 1)
        #expect(try QRCode.encode(text(capacity + 1), correction: correction).version == 2)
    }

    @Test func characterCountGrowsAtVersion10() throws {
        // 9-M holds 180 bytes; 10-M holds 213 with its 16-bit count indicator.
        #expect(try QRCode.encode(text(180)).version == 9)
        #expect(try QRCode.encode(text(181)).version == 10)
        #expect(try QRCode.encode(text(213)).version == 10)
        #expect(try QRCode.encode(text(214)).version == 11)
    }

    @Test func multiByteCharactersCountAsUTF8Bytes() throws {
        // Seven "é" are 14 UTF-8 bytes: still version 1-M; one more is not.
        #expect(try QRCode.encode(String(repeating: "é", count: 7)).version == 1)
        #expect(try QRCode.encode(String(repeating: "é", count: 7) + "a").version == 2)
    }

    @Test(arguments: [(QRErrorCorrection.low, 2953), (.medium, 2331), (.quartile, 1663), (.high, 1273)])
    func version40IsTheLimit(correction: QRErrorCorrection, capacity: Int) throws {
        #expect(try QRCode.encode(text(capacity), correction: correction).version == 40)
        #expect(throws: QRCodeError.tooLong) {
            try QRCode.encode(text(capacity + 1), correction: correction)
        }
    }

    @Test func emptyTextEncodes() throws {
        #expect(try QRCode.encode("").version == 1)
    }
}
