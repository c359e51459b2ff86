import Foundation
import Hummingbird

/// The fields of an `application/x-www-form-urlencoded` body or a query string.
public struct FormData: Sendable {
    private var values: [String: [String]] = [:]

    /// Parses `a=1&b=two+words&c=%C3%A9`.
    public init(encoded: String) {
        for pair in encoded.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            values[key, default: []].append(value)
        }
    }

    /// The first value of a field, trimmed; empty when absent.
    public subscript(_ name: String) -> String {
        (values[name]?.first ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Every field's first value, trimmed, to show a form again as it was sent.
    public var fields: [String: String] {
        values.compactMapValues { $0.first?.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// The first value of a field, trimmed, or nil when the field was not sent at all.
    public func sent(_ name: String) -> String? {
        values[name]?.first?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The first value of a field exactly as sent (passwords are not trimmed).
    public func raw(_ name: String) -> String { values[name]?.first ?? "" }

    private static func decode(_ part: Substring) -> String {
        let spaced = part.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// Reads a request's form body (already collected by the CSRF middleware).
    static func read(_ request: Request, _ context: some RequestContext) async throws -> FormData {
        var request = request
        return FormData(encoded: String(buffer: try await request.collectBody(upTo: context.maxUploadSize)))
    }

    /// Percent-encodes a value for a query string or a cookie.
    public static func encode(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? value
    }

    /// Built once: every link of every page is encoded through it, and building the set each time was measurable.
    private static let unreserved: CharacterSet = {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return allowed
    }()
}

extension FormData {
    /// Every value sent for a field (ticked checkboxes, multiple selections), trimmed, empty ones left out.
    public func all(_ name: String) -> [String] {
        (values[name] ?? []).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }
}
