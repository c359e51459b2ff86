/// An attribute on its own, for the elements that take only attributes (`<input>`, `<meta>`, `<link>`).
public struct Attribute<Context>: Sendable {
    let content: Content

    /// A value-less attribute is written only where `ignoreIfValueIsEmpty` is false (as a boolean attribute).
    init(checkedName name: MarkupName, value: String?, ignoreIfValueIsEmpty: Bool) {
        switch value {
        case .some(let text) where !text.isEmpty: content = .attribute(name, text, isURL: URLPolicy.isURL(name))
        case .some: content = ignoreIfValueIsEmpty ? .empty : .attribute(name, "", isURL: false)
        case .none: content = ignoreIfValueIsEmpty ? .empty : .attribute(name, nil, isURL: false)
        }
    }

    /// An attribute of this module; an empty or missing value drops it.
    init(name: MarkupName, value: String?, isURL: Bool = false) {
        guard let value, !value.isEmpty else {
            content = .empty
            return
        }
        content = .attribute(name, value, isURL: isURL)
    }

    private init(content: Content) { self.content = content }

    /// Nothing: adds no attribute.
    public static var empty: Attribute { Attribute(content: .empty) }

    /// The attribute as a node of the same context.
    public var node: Node<Context> { Node(content) }

    /// An attribute whose name is not offered as a function; the name must be a literal of the source code.
    /// An empty or `nil` value drops the attribute, unless `ignoreIfValueIsEmpty` is false, where `nil` writes a
    /// boolean attribute and `""` writes `name=""`.
    public static func attribute(
        named name: StaticString,
        value: String?,
        ignoreIfValueIsEmpty: Bool = true
    ) -> Attribute {
        Attribute(checkedName: MarkupName(checking: name), value: value, ignoreIfValueIsEmpty: ignoreIfValueIsEmpty)
    }

    /// An attribute of this module, whose name needs no check.
    static func known(_ name: StaticString, _ value: String?, isURL: Bool = false) -> Attribute {
        Attribute(name: MarkupName(trusted: name), value: value, isURL: isURL)
    }
}
