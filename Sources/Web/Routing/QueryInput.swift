import Domain
import Foundation
import Hummingbird

/// A request's query string, read only through bounded parsers: texts cleaned by `TextPolicy` (a refused value reads as
/// absent), integers within a range, page numbers within `QueryInput.pages`. No handler reads `queryParameters` itself.
struct QueryInput: Sendable {
    /// The page numbers a list accepts: more than any list has, far from overflow when multiplied by a page size.
    static let pages: ClosedRange<Int> = 1...100_000
    private let parameters: [String: String]

    init(_ request: Request) { self.parameters = Self.decode(request.uri.query ?? "") }

    /// The query as a browser's GET form sends it (`application/x-www-form-urlencoded`): "+" is a space, "%2B" a plus.
    /// The first value of a repeated name wins; a value that is not valid percent-encoding reads as absent.
    static func decode(_ query: String) -> [String: String] {
        var values: [String: String] = [:]
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (text: Substring) in text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding }
            guard let name = decode(parts[0]), let value = parts.count > 1 ? decode(parts[1]) : "" else { continue }
            if values[name] == nil { values[name] = value }
        }
        return values
    }

    /// Whether the parameter was sent at all (even empty).
    func has(_ name: String) -> Bool { parameters[name] != nil }

    /// The parameter's cleaned text; "" when absent or refused (a control character, longer than `kind` allows).
    func text(_ name: String, kind: TextKind = .title) -> String {
        guard let raw = parameters[name] else { return "" }
        return (try? TextPolicy.clean(raw, kind).get()) ?? ""
    }

    /// The parameter's text only when it is one of `allowed`; nil otherwise.
    func choice(_ name: String, in allowed: Set<String>) -> String? {
        let value = text(name)
        return allowed.contains(value) ? value : nil
    }

    /// The parameter as an integer within `range`, or nil.
    func integer(_ name: String, in range: ClosedRange<Int>) -> Int? {
        parameters[name].flatMap { BoundedInteger.parse($0, in: range) }
    }

    /// The page number asked for (`page=`), 1 when absent or not a page number.
    func page(_ name: String = "page") -> Int { integer(name, in: Self.pages) ?? 1 }
}
