/// A piece of a document — an element, an attribute of the enclosing element, text, or a group of them — typed by the
/// context it may appear in, so that a view cannot put a `<li>` outside a list or an `action` on a `<div>`.
///
/// There is no way to write markup that is not escaped: text and attribute values are escaped when rendered, and
/// element and attribute names are literals of the source code (`StaticString`), checked against a strict pattern.
public struct Node<Context>: Sendable {
    let content: Content

    init(_ content: Content) { self.content = content }
}

/// What a node holds; the `Context` of `Node` exists only for the compiler.
enum Content: Sendable {
    case empty
    case text(String)
    /// A `nil` value writes a boolean attribute (`required`); `isURL` values go through `URLPolicy`.
    case attribute(MarkupName, String?, isURL: Bool)
    case element(MarkupName, ElementClosing, [Content])
    case group([Content])
    /// JSON written inside `<script>`: `<`, `>`, `&` and the line and paragraph separators become `\\uXXXX` escapes.
    case scriptJSON(String)
}

/// How an element ends: `</name>`, not at all (HTML void elements), or `/>` when it has no content (SVG).
enum ElementClosing: Sendable {
    case standard, void, selfClosingWhenEmpty
}

extension Node {
    /// Nothing: renders no byte.
    public static var empty: Node { Node(.empty) }

    /// Text, escaped when rendered.
    public static func text(_ text: String) -> Node { Node(.text(text)) }

    /// Several nodes in a row, without an element around them.
    public static func group(_ nodes: Node...) -> Node { .group(nodes) }

    /// Several nodes in a row, without an element around them.
    public static func group(_ nodes: [Node]) -> Node { Node(.group(nodes.map { $0.content })) }

    /// An element whose name is not offered as a function; the name must be a literal of the source code.
    public static func element(named name: StaticString, nodes: [Node] = []) -> Node {
        Node(.element(MarkupName(checking: name), .standard, nodes.map { $0.content }))
    }

    /// An element holding only text.
    public static func element(named name: StaticString, text: String) -> Node {
        Node(.element(MarkupName(checking: name), .standard, [.text(text)]))
    }

    /// An attribute of the enclosing element. An empty or `nil` value drops the attribute, unless
    /// `ignoreIfValueIsEmpty` is false, where `nil` writes a boolean attribute and `""` writes `name=""`.
    public static func attribute(
        named name: StaticString,
        value: String?,
        ignoreIfValueIsEmpty: Bool = true
    ) -> Node {
        Attribute(checkedName: MarkupName(checking: name), value: value, ignoreIfValueIsEmpty: ignoreIfValueIsEmpty)
            .node
    }

    /// A boolean attribute of the enclosing element, such as `hidden`.
    public static func attribute(named name: StaticString) -> Node {
        Node(.attribute(MarkupName(checking: name), nil, isURL: false))
    }

    /// An element of this module, whose name needs no check.
    static func known(_ name: StaticString, _ nodes: [Node<some Any>], closing: ElementClosing = .standard) -> Node {
        // A closure, not `\.content`: a key path into a generic type is built at run time on every call, and that
        // took a tenth of the public calendar's CPU (perf).
        Node(.element(MarkupName(trusted: name), closing, nodes.map { $0.content }))
    }

    /// An attribute of this module, whose name needs no check.
    static func known(_ name: StaticString, _ value: String?, isURL: Bool = false) -> Node {
        Attribute<Context>(name: MarkupName(trusted: name), value: value, isURL: isURL).node
    }
}

extension Node: ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
    /// A string literal is text, escaped like any other.
    public init(stringLiteral value: String) { self.init(.text(value)) }
}
