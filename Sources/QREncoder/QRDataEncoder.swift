/// A growable sequence of bits, most significant bit first.
struct QRBitBuffer {
    /// The bits appended so far.
    private(set) var bits: [Bool] = []

    /// Number of bits appended so far.
    var count: Int { bits.count }

    /// Appends the low `length` bits of `value`, most significant first.
    mutating func append(_ value: Int, length: Int) {
        for shift in stride(from: length - 1, through: 0, by: -1) {
            bits.append(value >> shift & 1 == 1)
        }
    }

    /// The bits packed into bytes; the count must be a multiple of 8.
    var bytes: [UInt8] {
        stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<start + 8].reduce(0) { $0 << 1 | ($1 ? 1 : 0) }
        }
    }
}

/// Turns bytes into the final, interleaved codeword sequence of a symbol.
enum QRDataEncoder {
    /// Byte mode indicator.
    static let byteMode = 0b0100

    /// Bits a byte mode segment of `byteCount` bytes needs in `version`.
    static func segmentBits(byteCount: Int, version: Int) -> Int {
        4 + QRTables.byteCountBits(version: version) + 8 * byteCount
    }

    /// The smallest version holding `byteCount` bytes at `correction`, or nil if none does.
    static func smallestVersion(byteCount: Int, correction: QRErrorCorrection) -> Int? {
        (1...QRTables.maxVersion).first { version in
            byteCount < 1 << QRTables.byteCountBits(version: version)
                && segmentBits(byteCount: byteCount, version: version)
                    <= QRTables.blockLayout(version: version, correction: correction).dataCodewords * 8
        }
    }

    /// Mode indicator, count, data, terminator and padding, filling exactly `capacity` codewords.
    static func dataCodewords(_ bytes: [UInt8], version: Int, capacity: Int) -> [UInt8] {
        var buffer = QRBitBuffer()
        buffer.append(byteMode, length: 4)
        buffer.append(bytes.count, length: QRTables.byteCountBits(version: version))
        for byte in bytes { buffer.append(Int(byte), length: 8) }
        let capacityBits = capacity * 8
        precondition(buffer.count <= capacityBits, "data does not fit the chosen version")
        // The terminator is shortened when fewer than four bits of room remain.
        buffer.append(0, length: min(4, capacityBits - buffer.count))
        buffer.append(0, length: (8 - buffer.count % 8) % 8)
        var codewords = buffer.bytes
        let padding: [UInt8] = [0xEC, 0x11]
        var padIndex = 0
        while codewords.count < capacity {
            codewords.append(padding[padIndex % 2])
            padIndex += 1
        }
        return codewords
    }

    /// Splits data into blocks, adds Reed–Solomon codewords and interleaves everything.
    static func interleave(_ data: [UInt8], layout: QRBlockLayout) -> [UInt8] {
        var dataBlocks: [[UInt8]] = []
        var start = 0
        for length in layout.dataCodewordsPerBlock {
            dataBlocks.append(Array(data[start..<start + length]))
            start += length
        }
        let ecBlocks = dataBlocks.map { ReedSolomon.errorCorrection(for: $0, count: layout.ecCodewordsPerBlock) }
        var result: [UInt8] = []
        result.reserveCapacity(layout.totalCodewords)
        for index in 0..<(layout.dataCodewordsPerBlock.max() ?? 0) {
            for block in dataBlocks where index < block.count { result.append(block[index]) }
        }
        for index in 0..<layout.ecCodewordsPerBlock {
            for block in ecBlocks { result.append(block[index]) }
        }
        return result
    }
}
