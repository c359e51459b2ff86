import Domain
import Hummingbird

/// A request's query string, read only through bounded parsers: texts cleaned by `TextPolicy` (a refused value reads as
/// absent), integers within a range, page numbers within `QueryInput.pages`. No handler reads `queryParameters` itself.
struct QueryInput: Sendable {
    /// The page numbers a list accepts: more than any list has, far from overflow when multiplied by a page size.
    static let pages: ClosedRange<Int> = 1...100_000
    private let parameters: Parameters

    init(_ request: Request) { self.parameters = request.uri.queryParameters }

    /// Whether the parameter was sent at all (even empty).
    func has(_ name: String) -> Bool { parameters[Substring(name)] != nil }

    /// The parameter's cleaned text; "" when absent or refused (a control character, longer than `kind` allows).
    func text(_ name: String, kind: TextKind = .title) -> String {
        guard let raw = parameters[Substring(name)] else { return "" }
        return (try? TextPolicy.clean(String(raw), kind).get()) ?? ""
    }

    /// The parameter's text only when it is one of `allowed`; nil otherwise.
    func choice(_ name: String, in allowed: Set<String>) -> String? {
        let value = text(name)
        return allowed.contains(value) ? value : nil
    }

    /// The parameter as an integer within `range`, or nil.
    func integer(_ name: String, in range: ClosedRange<Int>) -> Int? {
        parameters[Substring(name)].flatMap { BoundedInteger.parse($0, in: range) }
    }

    /// The page number asked for (`page=`), 1 when absent or not a page number.
    func page(_ name: String = "page") -> Int { integer(name, in: Self.pages) ?? 1 }
}
