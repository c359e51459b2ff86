/// A minimal reader of SVG path data (m, l, z, absolute or relative) for the tests.
struct PathGeometry {
    /// The vertices of every subpath, in absolute coordinates.
    var rings: [[(x: Double, y: Double)]] = []

    /// Every command letter of the path, in order.
    var commands: [Character] = []

    /// Reads path data made of M/m, L/l, Z/z and numbers; returns nil on anything else.
    init?(_ data: String) {
        var numbers: [Double] = []
        var command: Character?
        var current = (x: 0.0, y: 0.0)
        var start = (x: 0.0, y: 0.0)
        var token = ""
        var isFirstMove = true

        func flushToken() -> Bool {
            guard !token.isEmpty else { return true }
            guard let value = Double(token) else { return false }
            numbers.append(value)
            token = ""
            return true
        }
        func applyPairs() -> Bool {
            guard let command else { return numbers.isEmpty }
            guard numbers.count.isMultiple(of: 2) else { return false }
            for index in stride(from: 0, to: numbers.count, by: 2) {
                let relative = command.isLowercase && !(isFirstMove && index == 0)
                let point =
                    relative
                    ? (x: current.x + numbers[index], y: current.y + numbers[index + 1])
                    : (x: numbers[index], y: numbers[index + 1])
                current = point
                if (command == "m" || command == "M") && index == 0 {
                    start = point
                    rings.append([point])
                } else {
                    guard !rings.isEmpty else { return false }
                    rings[rings.count - 1].append(point)
                }
                isFirstMove = false
            }
            numbers = []
            return true
        }

        for character in data {
            if "mMlLzZ".contains(character) {
                guard flushToken(), applyPairs() else { return nil }
                commands.append(character)
                if character == "z" || character == "Z" {
                    current = start
                    command = nil
                } else {
                    command = character
                }
            } else if character == " " || character == "," {
                guard flushToken() else { return nil }
            } else if character == "-" {
                guard flushToken() else { return nil }
                token = "-"
            } else if character == "." && token.contains(".") {
                // ".5.5" is two numbers in SVG path grammar.
                guard flushToken() else { return nil }
                token = "."
            } else if character.isASCII && (character.isNumber || character == ".") {
                token.append(character)
            } else {
                return nil
            }
        }
        guard flushToken(), applyPairs() else { return nil }
    }

    /// The bounding box of all vertices.
    var bounds: (minX: Double, minY: Double, maxX: Double, maxY: Double) {
        let points = rings.flatMap { $0 }
        return (
            points.map(\.x).min() ?? 0, points.map(\.y).min() ?? 0,
            points.map(\.x).max() ?? 0, points.map(\.y).max() ?? 0
        )
    }
}
