/// A cell as published: its number, or hidden.
public enum PublishedCount: Sendable, Equatable {
    case shown(Int)
    case hidden
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
}
