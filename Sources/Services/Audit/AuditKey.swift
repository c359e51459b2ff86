import Crypto
import Foundation

/// The secret that keys the audit chain and signs its checkpoints (HMAC-SHA256). It is kept outside the database,
/// so that someone who can write to the database cannot recompute the chain after editing it.
public struct AuditKey: Sendable, Equatable {
    let bytes: [UInt8]

    /// At least 32 bytes, written as hexadecimal.
    public static let minimumBytes = 32

    /// Reads a key written as hexadecimal (64 characters or more); nil when it is not one.
    public init?(hex text: String) {
        let digits = Array(text.trimmingCharacters(in: .whitespacesAndNewlines).utf8)
        guard digits.count >= Self.minimumBytes * 2, digits.count.isMultiple(of: 2) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = Self.nibble(digits[index]), let low = Self.nibble(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        self.bytes = bytes
    }

    /// A new random key of 32 bytes.
    public static func generate() -> AuditKey {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<minimumBytes).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return AuditKey(hex: bytes.map { String(format: "%02x", $0) }.joined())!
    }

    /// The key as hexadecimal, as written in a key file.
    public var hex: String { bytes.map { String(format: "%02x", $0) }.joined() }

    /// The HMAC-SHA256 of a message under this key, in hexadecimal.
    func mac(_ message: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Array(message.utf8), using: SymmetricKey(data: bytes))
        return Data(code).map { String(format: "%02x", $0) }.joined()
    }

    /// Compares two hexadecimal codes without revealing through timing where they differ.
    static func same(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8)
        let right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        return zip(left, right).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    private static func nibble(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): character - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): character - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
