extension Node where Context == HTML.DocumentContext {
    /// `<head>`.
    public static func head(_ nodes: Node<HTML.HeadContext>...) -> Node { .known("head", nodes) }
    /// `<body>`.
    public static func body(_ nodes: Node<HTML.BodyContext>...) -> Node { .known("body", nodes) }
}

extension Node where Context == HTML.HeadContext {
    /// `<title>`, the page's name in the browser's tab and history.
    public static func title(_ title: String) -> Node { .known("title", [Node.text(title)]) }
    /// `<meta>`.
    public static func meta(_ attributes: Attribute<HTML.MetaContext>...) -> Node {
        Node(.element(MarkupName(trusted: "meta"), .void, attributes.map { $0.content }))
    }
    /// `<link>`.
    public static func link(_ attributes: Attribute<HTML.LinkContext>...) -> Node {
        Node(.element(MarkupName(trusted: "link"), .void, attributes.map { $0.content }))
    }
    /// `<script>`, always with an external `src` (the Content-Security-Policy forbids inline scripts).
    public static func script(_ nodes: Node<HTML.ScriptContext>...) -> Node { .known("script", nodes) }
}
