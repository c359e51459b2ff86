import Foundation

/// Instants are stored as ISO 8601 UTC text and days as `YYYY-MM-DD`, identical on both engines and sortable as text.
public enum Timestamp {
    private static let instantStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: false, timeZone: .gmt)

    /// `2026-11-27T08:51:31Z`.
    public static func format(_ date: Date) -> String { instantStyle.format(date) }

    /// Reads an instant written by `format`.
    public static func parse(_ text: String) -> Date? { try? instantStyle.parse(text) }
}
