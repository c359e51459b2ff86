/// Writes nodes into one growing byte buffer: each element's attributes first (wherever they sit among its
/// children, groups included), then its content.
struct Renderer {
    var output: [UInt8]

    init(capacity: Int) {
        output = []
        output.reserveCapacity(capacity)
    }

    mutating func write(_ content: Content) {
        switch content {
        case .empty, .attribute: return
        case .text(let text): MarkupEscaping.append(text, to: &output)
        case .group(let items): for item in items { write(item) }
        case .scriptJSON(let json): ScriptJSON.append(json, to: &output)
        case .element(let name, let closing, let children):
            output.append(UInt8(ascii: "<"))
            append(name)
            for child in children { writeAttributes(of: child) }
            switch closing {
            case .void:
                output.append(UInt8(ascii: ">"))
                return
            case .selfClosingWhenEmpty where !children.contains(where: \.isContent):
                append("/>")
                return
            case .standard, .selfClosingWhenEmpty:
                output.append(UInt8(ascii: ">"))
            }
            for child in children { write(child) }
            append("</")
            append(name)
            output.append(UInt8(ascii: ">"))
        }
    }

    private mutating func writeAttributes(of content: Content) {
        switch content {
        case .attribute(let name, let value, let isURL):
            output.append(UInt8(ascii: " "))
            append(name)
            guard let value else { return }
            append("=\"")
            MarkupEscaping.append(isURL && !URLPolicy.allows(value) ? URLPolicy.refused : value, to: &output)
            output.append(UInt8(ascii: "\""))
        case .group(let items): for item in items { writeAttributes(of: item) }
        case .empty, .text, .element, .scriptJSON: return
        }
    }

    private mutating func append(_ name: MarkupName) { append(name.text) }

    mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { output.append(contentsOf: $0) }
    }
}

extension Content {
    /// Whether this writes something between the tags (text or an element, possibly inside a group).
    var isContent: Bool {
        switch self {
        case .empty, .attribute: false
        case .text(let text): !text.isEmpty
        case .element: true
        case .scriptJSON(let json): !json.isEmpty
        case .group(let items): items.contains(where: \.isContent)
        }
    }
}

extension Node {
    /// The node as markup, for tests and for fragments such as an SVG image on its own.
    public func render() -> String {
        var renderer = Renderer(capacity: 1_024)
        renderer.write(content)
        return String(decoding: renderer.output, as: UTF8.self)
    }
}
