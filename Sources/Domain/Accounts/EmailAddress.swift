import Foundation

/// E-mail addresses as logins: trimmed, lower-cased, with one `@` and a dotted domain.
public enum EmailAddress {
    /// The canonical form of an address, or nil when it cannot be an address.
    public static func normalise(_ raw: String) -> String? {
        let value = raw.trimmingCharacters(in: .whitespaces).lowercased()
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
            !parts[1].hasSuffix("."), !value.contains(" ")
        else { return nil }
        return value
    }
}
