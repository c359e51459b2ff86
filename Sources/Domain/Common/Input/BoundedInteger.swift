import Foundation

/// Integers from a request: only an optional minus sign and at most 18 digits are read, so no value can overflow, and
/// the result must fall within the range the caller allows.
public enum BoundedInteger {
    /// The integer written in `raw` (surrounding spaces ignored) when it lies in `range`; nil otherwise, including for
    /// "1.5", "1e3", "+3", "٣", an empty text or 9223372036854775807.
    public static func parse(_ raw: some StringProtocol, in range: ClosedRange<Int>) -> Int? {
        var bytes = Substring(raw).utf8.drop { $0 == UInt8(ascii: " ") }
        while bytes.last == UInt8(ascii: " ") { bytes = bytes.dropLast() }
        var negative = false
        if bytes.first == UInt8(ascii: "-") {
            negative = true
            bytes = bytes.dropFirst()
        }
        guard (1...18).contains(bytes.count) else { return nil }
        var value = 0
        for byte in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        let signed = negative ? -value : value
        return range.contains(signed) ? signed : nil
    }
}

extension FieldErrors {
    /// The integer of a field within `range`, or nil with `message` recorded; an empty field gives nil and records
    /// `message` only when `required`.
    public mutating func integer(
        _ raw: String,
        field: String,
        in range: ClosedRange<Int>,
        required: Bool = true,
        message: String
    ) -> Int? {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty && !required { return nil }
        guard let value = BoundedInteger.parse(trimmed, in: range) else {
            add(field, message)
            return nil
        }
        return value
    }
}
