/// An amount of euros held as integer cents: no floating point ever touches money.
public struct Money: Sendable, Hashable, Comparable, Codable {
    /// The amount in euro cents (negative for a debit or a correction).
    public let cents: Int

    public init(cents: Int) { self.cents = cents }

    /// Whole euros, e.g. `Money(euros: 23_000)`.
    public init(euros: Int) { self.cents = euros * 100 }

    /// No money.
    public static let zero = Money(cents: 0)

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }
    public static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents - rhs.cents) }
    public static prefix func - (amount: Money) -> Money { Money(cents: -amount.cents) }
    public static func += (lhs: inout Money, rhs: Money) { lhs = lhs + rhs }
    public static func -= (lhs: inout Money, rhs: Money) { lhs = lhs - rhs }

    /// The sum of amounts.
    public static func sum(_ amounts: some Sequence<Money>) -> Money {
        amounts.reduce(.zero, +)
    }

    /// The share `part / whole` in hundredths of a percent (7 000 = 70 %), rounded half up; nil when `whole` is zero.
    /// Integer arithmetic, so that a threshold such as "at least 70 %" is decided exactly.
    public static func basisPoints(_ part: Money, of whole: Money) -> Int? {
        guard whole.cents != 0 else { return nil }
        let scaled = part.cents * 10_000
        return (scaled + whole.cents / 2) / whole.cents
    }

    /// Whether `part` is at least `percent` % of `whole`, decided exactly (`part × 100 ≥ percent × whole`).
    public static func isShare(_ part: Money, atLeast percent: Int, of whole: Money) -> Bool {
        part.cents * 100 >= percent * whole.cents
    }

    /// The French form with two decimals and the euro sign: "23 000,00 €", "-1 234,50 €" (narrow no-break spaces
    /// between groups of digits, a no-break space before the sign).
    public var french: String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        let fraction = magnitude % 100
        let euros = FrenchNumber.grouped(Int(magnitude / 100))
        return "\(sign)\(euros),\(fraction < 10 ? "0" : "")\(fraction)\u{00A0}€"
    }

    /// The French form without cents when there are none: "23 000 €", "12,50 €".
    public var frenchShort: String {
        cents % 100 == 0
            ? "\(cents < 0 ? "-" : "")\(FrenchNumber.grouped(Int(cents.magnitude / 100)))\u{00A0}€" : french
    }

    /// A plain decimal for files read by other systems: "23000.00", "-1234.50".
    public var decimal: String {
        let magnitude = cents.magnitude
        let fraction = magnitude % 100
        return "\(cents < 0 ? "-" : "")\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
