/// The four QR code error correction levels, recovering about 7 %, 15 %, 25 % and 30 % of codewords.
public enum QRErrorCorrection: Sendable, CaseIterable {
    case low
    case medium
    case quartile
    case high

    /// Row of this level in the block structure table (L, M, Q, H order).
    var tableIndex: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .quartile: 2
        case .high: 3
        }
    }

    /// The two bits that identify this level inside the format information.
    var formatBits: Int {
        switch self {
        case .low: 0b01
        case .medium: 0b00
        case .quartile: 0b11
        case .high: 0b10
        }
    }
}

/// BCH-protected format and version information words.
enum QRInformation {
    /// The 15-bit format information for a level and mask, already XORed with 0x5412.
    static func formatBits(correction: QRErrorCorrection, mask: Int) -> Int {
        let data = correction.formatBits << 3 | mask
        return (data << 10 | bchRemainder(data << 10, generator: 0x537, degree: 10)) ^ 0x5412
    }

    /// The 18-bit version information for versions 7 and up.
    static func versionBits(version: Int) -> Int {
        version << 12 | bchRemainder(version << 12, generator: 0x1F25, degree: 12)
    }

    /// Remainder of the polynomial `value` divided by `generator` over GF(2).
    private static func bchRemainder(_ value: Int, generator: Int, degree: Int) -> Int {
        var remainder = value
        var bit = Int.bitWidth - 1 - remainder.leadingZeroBitCount
        while bit >= degree {
            if remainder >> bit & 1 == 1 { remainder ^= generator << (bit - degree) }
            bit -= 1
        }
        return remainder
    }
}
