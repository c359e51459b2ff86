/// A cell as published: its number, a small count hidden as "< 5", or a value masked only to protect another.
public enum PublishedCount: Sendable, Equatable {
    case shown(Int)
    /// A count from 1 to `threshold − 1` (primary suppression): published as "< 5".
    case small
    /// A value of 0 or at least `threshold` hidden so that a small count cannot be worked out by subtraction
    /// (complementary suppression): published as a neutral mark, never as a bound it does not respect.
    case masked

    /// Whether the value is withheld, whatever the reason.
    public var isHidden: Bool {
        if case .shown = self { return false }
        return true
    }
}

/// A rate as published: its value, hidden when it could reveal a small count, or undefined for a zero denominator.
public enum PublishedRate: Sendable, Equatable {
    case shown(Double)
    case hidden
    case undefined
}

/// The disclosure rule: counts from 1 to `threshold − 1` are never shown.
public struct SuppressionRule: Sendable {
    /// The smallest count that may be shown (0 is shown too: it identifies no one).
    public static let threshold = 5

    /// Whether `count` is small enough to identify someone and must be hidden.
    public static func isSmall(_ count: Int) -> Bool {
        (1..<threshold).contains(count)
    }

    /// How a small count reads: "< 5".
    public static let smallMark = "< \(threshold)"
    /// The neutral mark of a value hidden only to protect another (a count, a rate or a median).
    public static let maskedMark = "s"
    /// The note that explains the marks wherever they may appear.
    public static let note =
        "« < \(threshold) » : effectif de 1 à \(threshold - 1), masqué. « s » : valeur masquée pour qu'on ne puisse pas "
        + "retrouver un petit effectif par différence ou qui repose sur moins de \(threshold) personnes ; "
        + "elle peut valoir \(threshold) ou plus."
}
