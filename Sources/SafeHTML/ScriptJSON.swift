/// JSON data inside a page (`<script type="application/ld+json">`), escaped by construction: every `<`, `>`, `&` and
/// line or paragraph separator is written as a `\\uXXXX` escape, which JSON reads back identically, so the text can
/// never close the script element or open a comment.
enum ScriptJSON {
    static func append(_ json: String, to output: inout [UInt8]) {
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": output.append(contentsOf: Array("\\u003c".utf8))
            case ">": output.append(contentsOf: Array("\\u003e".utf8))
            case "&": output.append(contentsOf: Array("\\u0026".utf8))
            case "\u{2028}": output.append(contentsOf: Array("\\u2028".utf8))
            case "\u{2029}": output.append(contentsOf: Array("\\u2029".utf8))
            default: output.append(contentsOf: Array(String(scalar).utf8))
            }
        }
    }
}

extension Node where Context: HTML.BodyContext {
    /// `<script type="application/ld+json">` holding `json` (the output of a JSON encoder), escaped as above.
    public static func jsonLD(_ json: String) -> Node {
        .known(
            "script",
            [
                Node<HTML.ScriptContext>.known("type", "application/ld+json"),
                Node<HTML.ScriptContext>(.scriptJSON(json)),
            ]
        )
    }
}
