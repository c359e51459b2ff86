/// Inside an inline `<svg>` image (charts, the map, the QR code), built from the same escaping nodes as HTML.
public enum SVGContext: HTMLContext {}

extension Node where Context: HTML.BodyContext {
    /// An inline `<svg>` image; the `xmlns` is written by the function.
    public static func svg(_ nodes: Node<SVGContext>...) -> Node {
        .known("svg", [Node<SVGContext>.known("xmlns", "http://www.w3.org/2000/svg")] + nodes)
    }
}

extension Node where Context == SVGContext {
    /// An SVG element (`rect`, `path`, `title`…), written `<name …/>` when it has no content.
    public static func element(_ name: StaticString, _ nodes: Node...) -> Node {
        Node(.element(MarkupName(checking: name), .selfClosingWhenEmpty, nodes.map { $0.content }))
    }
}
