import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An IP address or a CIDR range, IPv4 or IPv6 (`127.0.0.1`, `10.0.0.0/8`, `::1`), for the trusted reverse
/// proxies and the readers of `/metrics`.
public struct AddressRange: Sendable, Equatable, CustomStringConvertible {
    let bytes: [UInt8]
    let prefixLength: Int
    public let description: String

    /// Parses an address or a range; nil when it is neither.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "/", maxSplits: 1).map(String.init)
        guard let first = parts.first, let bytes = Self.bytes(of: first) else { return nil }
        let maximum = bytes.count * 8
        let length = parts.count == 2 ? Int(parts[1]) : maximum
        guard let length, (0...maximum).contains(length) else { return nil }
        self.bytes = bytes
        self.prefixLength = length
        self.description = trimmed
    }

    /// Whether an address falls in this range (an IPv4 address written as IPv6, `::ffff:a.b.c.d`, counts as IPv4).
    public func contains(_ address: String) -> Bool {
        guard let candidate = Self.bytes(of: address), candidate.count == bytes.count else { return false }
        var remaining = prefixLength
        for index in bytes.indices where remaining > 0 {
            let bits = min(8, remaining)
            let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
            if candidate[index] & mask != bytes[index] & mask { return false }
            remaining -= bits
        }
        return true
    }

    /// A list separated by commas or spaces; nil when one item is not an address or a range.
    public static func list(_ text: String) -> [AddressRange]? {
        let items = text.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
        let ranges = items.compactMap(AddressRange.init)
        return ranges.count == items.count ? ranges : nil
    }

    /// The machine itself: 127.0.0.0/8 and ::1.
    public static let loopback = [AddressRange("127.0.0.0/8")!, AddressRange("::1")!]

    /// The address in network order: 4 bytes, or 16 for IPv6 (IPv4-mapped IPv6 addresses give their 4 bytes).
    static func bytes(of address: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, address, &v4) == 1 {
            return withUnsafeBytes(of: &v4) { Array($0) }
        }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, address, &v6) == 1 else { return nil }
        let bytes = withUnsafeBytes(of: &v6) { Array($0) }
        let mappedPrefix: [UInt8] = Array(repeating: 0, count: 10) + [0xFF, 0xFF]
        return Array(bytes.prefix(12)) == mappedPrefix ? Array(bytes.suffix(4)) : bytes
    }
}
