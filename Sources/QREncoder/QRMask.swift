/// The eight data mask patterns and the penalty rules used to choose between them.
enum QRMask {
    /// Whether mask `mask` inverts the module at column `x`, row `y`.
    static func inverts(mask: Int, x: Int, y: Int) -> Bool {
        switch mask {
        case 0: (y + x) % 2 == 0
        case 1: y % 2 == 0
        case 2: x % 3 == 0
        case 3: (y + x) % 3 == 0
        case 4: (y / 2 + x / 3) % 2 == 0
        case 5: (y * x) % 2 + (y * x) % 3 == 0
        case 6: ((y * x) % 2 + (y * x) % 3) % 2 == 0
        case 7: ((y + x) % 2 + (y * x) % 3) % 2 == 0
        default: preconditionFailure("mask must be 0...7")
        }
    }

    /// The dark:light:dark:light:dark 1:1:3:1:1 core of a finder pattern (penalty rule 3).
    private static let finderCore: [Bool] = [true, false, true, true, true, false, true]

    /// Total penalty N1 + N2 + N3 + N4 of a finished symbol (lower is better).
    static func penalty(modules: [Bool], size: Int) -> Int {
        func dark(_ x: Int, _ y: Int) -> Bool { modules[y * size + x] }
        var total = 0
        for index in 0..<size {
            let row = (0..<size).map { dark($0, index) }
            let column = (0..<size).map { dark(index, $0) }
            total += linePenalty(row) + linePenalty(column)
        }
        // N2: every 2×2 block of one colour, overlapping blocks counted separately.
        for y in 0..<size - 1 {
            for x in 0..<size - 1 {
                let colour = dark(x, y)
                if dark(x + 1, y) == colour && dark(x, y + 1) == colour && dark(x + 1, y + 1) == colour {
                    total += 3
                }
            }
        }
        // N4: 10 points for each full 5 % step the dark share deviates from 50 %.
        let darkCount = modules.reduce(0) { $0 + ($1 ? 1 : 0) }
        let deviation = abs(darkCount * 100 - 50 * size * size)
        total += 10 * (deviation / (5 * size * size))
        return total
    }

    /// N1 (runs of five or more) and N3 (finder-like patterns) for one row or column.
    private static func linePenalty(_ line: [Bool]) -> Int {
        var penalty = 0
        var runLength = 1
        for index in 1...line.count {
            if index < line.count && line[index] == line[index - 1] {
                runLength += 1
            } else {
                if runLength >= 5 { penalty += 3 + (runLength - 5) }
                runLength = 1
            }
        }
        // N3: the quiet zone counts as light, so a finder-like run at the symbol edge is penalised too.
        let padded = Array(repeating: false, count: 4) + line + Array(repeating: false, count: 4)
        for start in 4...(padded.count - finderCore.count - 4) where padded[start..<start + 7].elementsEqual(finderCore)
        {
            let lightBefore = !padded[start - 4..<start].contains(true)
            let lightAfter = !padded[start + 7..<start + 11].contains(true)
            if lightBefore || lightAfter { penalty += 40 }
        }
        return penalty
    }
}
