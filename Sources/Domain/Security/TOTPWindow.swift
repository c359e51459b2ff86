import Foundation

/// The time steps a TOTP code is accepted in (RFC 6238): 30-second steps, one step of clock drift either way,
/// and never a step already used.
public enum TOTPWindow {
    /// The length of a step in seconds.
    public static let stepSeconds = 30

    /// The step an instant falls in.
    public static func step(at date: Date) -> Int { Int(date.timeIntervalSince1970) / stepSeconds }

    /// The steps to try at `date`, oldest first, excluding `lastUsed` and any step before it.
    public static func candidateSteps(at date: Date, lastUsed: Int?) -> [Int] {
        let current = step(at: date)
        return [current - 1, current, current + 1].filter { lastUsed == nil || $0 > lastUsed! }
    }

    /// The instant in the middle of a step, for computing that step's code.
    public static func instant(ofStep step: Int) -> Date {
        Date(timeIntervalSince1970: Double(step * stepSeconds + stepSeconds / 2))
    }

    /// A code as typed: digits only, spaces removed; nil when it is not six digits.
    public static func normalise(_ typed: String) -> String? {
        let digits = typed.filter { !$0.isWhitespace }
        return digits.count == 6 && digits.allSatisfy(\.isASCIIDigit) ? digits : nil
    }
}
