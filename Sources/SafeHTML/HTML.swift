/// A whole HTML page: `<!DOCTYPE html>` and the `<html>` element around the given nodes (its `lang`, `<head>` and
/// `<body>`), rendered into one byte buffer.
public struct HTML: Sendable {
    private let root: Content

    /// Bytes reserved before rendering: enough for most pages in one allocation (a household file is larger and
    /// grows the buffer once or twice).
    public static let initialCapacity = 64 * 1_024

    /// The page made of these nodes inside `<html>`.
    public init(_ nodes: Node<HTML.DocumentContext>...) {
        root = .element(MarkupName(trusted: "html"), .standard, nodes.map { $0.content })
    }

    /// The page as UTF-8 bytes.
    public func renderBytes() -> [UInt8] {
        var renderer = Renderer(capacity: Self.initialCapacity)
        renderer.append("<!DOCTYPE html>")
        renderer.write(root)
        return renderer.output
    }

    /// The page as a string.
    public func render() -> String { String(decoding: renderBytes(), as: UTF8.self) }
}
