/// Errors thrown while encoding a QR code.
public enum QRCodeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The UTF-8 text does not fit into a version 40 symbol at the requested error correction level.
    case tooLong

    /// A human-readable explanation of the error.
    public var description: String {
        switch self {
        case .tooLong: "The text is too long for a QR code at this error correction level."
        }
    }
}

/// An encoded QR code (model 2, byte mode) as a square grid of dark and light modules.
public struct QRCode: Sendable {
    /// Modules per side, without quiet zone.
    public let size: Int
    /// The symbol version (1–40) that was chosen.
    public let version: Int
    /// The error correction level used.
    public let correction: QRErrorCorrection
    /// The data mask (0–7) with the lowest penalty.
    public let mask: Int
    /// Dark (true) or light modules, row by row.
    let modules: [Bool]

    /// Encodes the UTF-8 bytes of `text` in the smallest version that fits, choosing the best mask.
    public static func encode(_ text: String, correction: QRErrorCorrection = .medium) throws -> QRCode {
        try encode(bytes: Array(text.utf8), correction: correction)
    }

    /// Encodes raw bytes; `forcedMask` replaces the penalty-based mask choice (used by tests).
    static func encode(bytes: [UInt8], correction: QRErrorCorrection, forcedMask: Int? = nil) throws -> QRCode {
        guard let version = QRDataEncoder.smallestVersion(byteCount: bytes.count, correction: correction) else {
            throw QRCodeError.tooLong
        }
        let layout = QRTables.blockLayout(version: version, correction: correction)
        let data = QRDataEncoder.dataCodewords(bytes, version: version, capacity: layout.dataCodewords)
        var unmasked = QRMatrix(version: version)
        unmasked.placeCodewords(QRDataEncoder.interleave(data, layout: layout))

        var best: (mask: Int, matrix: QRMatrix, penalty: Int)?
        for mask in forcedMask.map({ [$0] }) ?? Array(0..<8) {
            var candidate = unmasked
            candidate.applyMask(mask)
            candidate.drawFormatInformation(QRInformation.formatBits(correction: correction, mask: mask))
            let penalty = forcedMask == nil ? QRMask.penalty(modules: candidate.modules, size: candidate.size) : 0
            // Strict comparison keeps the lowest-numbered mask on ties.
            if penalty < best?.penalty ?? Int.max { best = (mask, candidate, penalty) }
        }
        guard let best else { preconditionFailure("at least one mask is always evaluated") }
        return QRCode(
            size: best.matrix.size,
            version: version,
            correction: correction,
            mask: best.mask,
            modules: best.matrix.modules
        )
    }

    /// Whether the module at column `x`, row `y` is dark; coordinates outside the symbol are light.
    public func isDark(x: Int, y: Int) -> Bool {
        guard (0..<size).contains(x), (0..<size).contains(y) else { return false }
        return modules[y * size + x]
    }
}
