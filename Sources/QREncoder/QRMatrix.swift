/// A square grid of modules that also remembers which modules belong to function patterns.
struct QRMatrix: Sendable {
    /// Modules per side.
    let size: Int
    /// The symbol version (1–40).
    let version: Int
    /// Dark (true) or light modules, row by row.
    private(set) var modules: [Bool]
    /// Whether each module is part of a function pattern or reserved area.
    private(set) var isFunction: [Bool]

    /// An empty symbol of `version` with every function pattern drawn and format areas reserved.
    init(version: Int) {
        self.version = version
        size = QRTables.size(version: version)
        modules = Array(repeating: false, count: size * size)
        isFunction = Array(repeating: false, count: size * size)
        drawFunctionPatterns()
    }

    /// Whether the module at column `x`, row `y` is dark.
    subscript(x: Int, y: Int) -> Bool { modules[y * size + x] }

    /// Sets a module and marks it as belonging to a function pattern.
    private mutating func setFunction(x: Int, y: Int, dark: Bool) {
        modules[y * size + x] = dark
        isFunction[y * size + x] = true
    }

    private mutating func drawFunctionPatterns() {
        for index in 0..<size {
            setFunction(x: 6, y: index, dark: index % 2 == 0)
            setFunction(x: index, y: 6, dark: index % 2 == 0)
        }
        drawFinder(centerX: 3, centerY: 3)
        drawFinder(centerX: size - 4, centerY: 3)
        drawFinder(centerX: 3, centerY: size - 4)
        let positions = QRTables.alignmentPositions(version: version)
        for x in positions {
            for y in positions {
                // Alignment patterns never overlap the three finder patterns.
                let nearFinder = (x == 6 && y == 6) || (x == 6 && y == size - 7) || (x == size - 7 && y == 6)
                if !nearFinder { drawAlignment(centerX: x, centerY: y) }
            }
        }
        // Reserve the format and version areas now so data placement skips them.
        drawFormatInformation(0)
        drawVersionInformation()
    }

    /// A 7×7 finder pattern plus the light separator ring around it.
    private mutating func drawFinder(centerX: Int, centerY: Int) {
        for dy in -4...4 {
            for dx in -4...4 {
                let x = centerX + dx
                let y = centerY + dy
                guard (0..<size).contains(x), (0..<size).contains(y) else { continue }
                let ring = max(abs(dx), abs(dy))
                setFunction(x: x, y: y, dark: ring != 2 && ring != 4)
            }
        }
    }

    /// A 5×5 alignment pattern.
    private mutating func drawAlignment(centerX: Int, centerY: Int) {
        for dy in -2...2 {
            for dx in -2...2 {
                setFunction(x: centerX + dx, y: centerY + dy, dark: max(abs(dx), abs(dy)) != 1)
            }
        }
    }

    /// Writes both copies of the 15-bit format information and the dark module.
    mutating func drawFormatInformation(_ bits: Int) {
        func bit(_ index: Int) -> Bool { bits >> index & 1 == 1 }
        // Copy around the top-left finder: down column 8, then left along row 8.
        for index in 0...5 { setFunction(x: 8, y: index, dark: bit(index)) }
        setFunction(x: 8, y: 7, dark: bit(6))
        setFunction(x: 8, y: 8, dark: bit(7))
        setFunction(x: 7, y: 8, dark: bit(8))
        for index in 9..<15 { setFunction(x: 14 - index, y: 8, dark: bit(index)) }
        // Copy split between the top-right and bottom-left finders.
        for index in 0..<8 { setFunction(x: size - 1 - index, y: 8, dark: bit(index)) }
        for index in 8..<15 { setFunction(x: 8, y: size - 15 + index, dark: bit(index)) }
        setFunction(x: 8, y: size - 8, dark: true)
    }

    /// Writes both 6×3 copies of the version information (versions 7 and up).
    private mutating func drawVersionInformation() {
        guard version >= 7 else { return }
        let bits = QRInformation.versionBits(version: version)
        for index in 0..<18 {
            let dark = bits >> index & 1 == 1
            let along = index / 3
            let across = size - 11 + index % 3
            setFunction(x: along, y: across, dark: dark)
            setFunction(x: across, y: along, dark: dark)
        }
    }

    /// Places codeword bits in the two-column zigzag from the bottom-right corner; leftover modules stay light.
    mutating func placeCodewords(_ codewords: [UInt8]) {
        let totalBits = codewords.count * 8
        var bitIndex = 0
        var upward = true
        var right = size - 1
        while right >= 1 {
            // The vertical timing pattern column is skipped entirely.
            if right == 6 { right = 5 }
            for step in 0..<size {
                let y = upward ? size - 1 - step : step
                for x in [right, right - 1] where !isFunction[y * size + x] {
                    if bitIndex < totalBits {
                        modules[y * size + x] = codewords[bitIndex >> 3] >> (7 - bitIndex & 7) & 1 == 1
                    }
                    bitIndex += 1
                }
            }
            upward.toggle()
            right -= 2
        }
    }

    /// Inverts every non-function module selected by data mask `mask` (0–7).
    mutating func applyMask(_ mask: Int) {
        for y in 0..<size {
            for x in 0..<size where !isFunction[y * size + x] && QRMask.inverts(mask: mask, x: x, y: y) {
                modules[y * size + x].toggle()
            }
        }
    }
}
