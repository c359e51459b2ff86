import Foundation

/// Amounts typed in a form: "23000", "23 000", "23 000,50", "23000.5", "23 000 €"; at most 2 decimals, never negative,
/// at most one thousand million euros, so no computation on them can overflow.
public enum MoneyInput {
    /// The largest amount a form accepts: 1 000 000 000,00 €.
    public static let maximum = Money(euros: 1_000_000_000)

    /// The amount written in `raw`, or nil when it is not a non-negative amount of euros with at most two decimals.
    public static func parse(_ raw: String) -> Money? {
        var text = raw
        for space in [" ", "\u{00A0}", "\u{202F}", "€"] { text = text.replacingOccurrences(of: space, with: "") }
        guard !text.isEmpty, text.count <= 16 else { return nil }
        let parts = text.split(separator: text.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let euros = BoundedInteger.parse(parts[0], in: 0...1_000_000_000) else { return nil }
        var cents = 0
        if parts.count == 2 {
            let decimals = parts[1]
            guard (1...2).contains(decimals.count), let value = BoundedInteger.parse(decimals, in: 0...99),
                decimals.allSatisfy(\.isASCII)
            else { return nil }
            cents = decimals.count == 1 ? value * 10 : value
        }
        let amount = Money(cents: euros * 100 + cents)
        return amount <= maximum ? amount : nil
    }
}

extension FieldErrors {
    /// The amount of a field, or nil with a message recorded (an empty field is an error only when `required`).
    public mutating func money(_ raw: String, field: String, required: Bool = true) -> Money? {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            if required { add(field, "Saisissez un montant en euros, par exemple 23 000 ou 12 500,50.") }
            return nil
        }
        guard let amount = MoneyInput.parse(trimmed) else {
            add(field, "Montant illisible : saisissez des euros avec au plus deux décimales, par exemple 12 500,50.")
            return nil
        }
        return amount
    }
}
