import Domain

extension QRCode {
    /// A standalone, accessible SVG image of the code: one white background and one black path, no inline styles.
    public func svg(moduleSize: Int = 4, quietZone: Int = 4, title: String) -> String {
        let moduleSize = max(1, moduleSize)
        let quietZone = max(0, quietZone)
        let side = size + 2 * quietZone
        let pixels = side * moduleSize
        let titleID = "qr-title-\(fingerprint)"
        var svg = #"<svg xmlns="http://www.w3.org/2000/svg" width="\#(pixels)" height="\#(pixels)" "#
        svg += #"viewBox="0 0 \#(side) \#(side)" role="img" aria-labelledby="\#(titleID)">"#
        svg += #"<title id="\#(titleID)">\#(XMLText.escaped(title))</title>"#
        svg += #"<rect width="\#(side)" height="\#(side)" fill="white"/>"#
        svg += #"<path fill="black" shape-rendering="crispEdges" d="\#(pathData(offset: quietZone))"/>"#
        svg += "</svg>"
        return svg
    }

    /// Path data covering every dark module, one rectangle per horizontal run.
    private func pathData(offset: Int) -> String {
        var path = ""
        for y in 0..<size {
            var x = 0
            while x < size {
                guard isDark(x: x, y: y) else {
                    x += 1
                    continue
                }
                let start = x
                while x < size && isDark(x: x, y: y) { x += 1 }
                path += "M\(start + offset) \(y + offset)h\(x - start)v1h-\(x - start)z"
            }
        }
        return path
    }

    /// A short hash of the modules so several codes on one page get distinct title ids.
    private var fingerprint: String {
        // FNV-1a: deterministic across runs, unlike Hasher.
        var hash: UInt32 = 2_166_136_261
        for y in 0..<size {
            for x in 0..<size {
                hash = (hash ^ (isDark(x: x, y: y) ? 1 : 0)) &* 16_777_619
            }
        }
        return String(hash, radix: 16)
    }
}
