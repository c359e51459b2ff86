import QREncoder
import SafeHTML

/// A QR code as an accessible inline SVG image: one white background and one black path, no inline styles.
enum QRCodeImage {
    static func node(_ code: QRCode, moduleSize: Int = 4, quietZone: Int = 4, title: String) -> Node<HTML.BodyContext> {
        let moduleSize = max(1, moduleSize)
        let quietZone = max(0, quietZone)
        let side = code.size + 2 * quietZone
        let titleID = "qr-title-\(fingerprint(code))"
        return .svg(
            .attribute(named: "width", value: String(side * moduleSize)),
            .attribute(named: "height", value: String(side * moduleSize)),
            .attribute(named: "viewBox", value: "0 0 \(side) \(side)"),
            .attribute(named: "role", value: "img"),
            .attribute(named: "aria-labelledby", value: titleID),
            .element("title", .id(titleID), .text(title)),
            .element(
                "rect",
                .attribute(named: "width", value: String(side)),
                .attribute(named: "height", value: String(side)),
                .attribute(named: "fill", value: "white")
            ),
            .element(
                "path",
                .attribute(named: "fill", value: "black"),
                .attribute(named: "shape-rendering", value: "crispEdges"),
                .attribute(named: "d", value: pathData(code, offset: quietZone))
            )
        )
    }

    /// Path data covering every dark module, one rectangle per horizontal run.
    static func pathData(_ code: QRCode, offset: Int) -> String {
        var path = ""
        for y in 0..<code.size {
            var x = 0
            while x < code.size {
                guard code.isDark(x: x, y: y) else {
                    x += 1
                    continue
                }
                let start = x
                while x < code.size && code.isDark(x: x, y: y) { x += 1 }
                path += "M\(start + offset) \(y + offset)h\(x - start)v1h-\(x - start)z"
            }
        }
        return path
    }

    /// A short hash of the modules so several codes on one page get distinct title ids.
    static func fingerprint(_ code: QRCode) -> String {
        // FNV-1a: deterministic across runs, unlike Hasher.
        var hash: UInt32 = 2_166_136_261
        for y in 0..<code.size {
            for x in 0..<code.size {
                hash = (hash ^ (code.isDark(x: x, y: y) ? 1 : 0)) &* 16_777_619
            }
        }
        return String(hash, radix: 16)
    }
}
