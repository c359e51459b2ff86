/// Integers written the French way, with a narrow no-break space between groups of three digits ("23 000").
public enum FrenchNumber {
    /// The integer with its digits grouped by three: 1234567 → "1 234 567", -1500 → "-1 500".
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = value < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append("\u{202F}") }
            out.append(digit)
        }
        return out
    }

    /// A count with its noun agreed the French way: singular for 0 and 1, plural from 2 ("1 jour", "12 jours",
    /// "1 234 ménages"); the plural is the singular with an "s" unless given.
    public static func count(_ value: Int, _ singular: String, plural: String? = nil) -> String {
        "\(grouped(value)) \(value.magnitude < 2 ? singular : plural ?? singular + "s")"
    }
}
