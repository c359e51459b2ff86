/// Quantile classes and the colours that show them.
enum Classification {
    /// Five blues from light to dark, each about 1.7:1 in contrast with the next; luminance alone tells them apart,
    /// so the ramp reads the same with any colour-vision deficiency.
    static let palette = ["#add1e6", "#5da5d1", "#2a7ab9", "#09529d", "#08306b"]
    /// Fill of départements without data: lighter than every class.
    static let missingFill = "#e5e5e5"
    /// Background of the hatching of suppressed values: a faint grey, so that a hatched coast keeps its outline.
    static let hatchBackground = "#f6f6f6"
    /// Lines of the hatching of suppressed values (6:1 against its background).
    static let hatchStroke = "#5e5e5e"

    /// The minimum, then the upper bound of each class: the 20/40/60/80 % nearest-rank quantiles and the maximum,
    /// repeated upper bounds removed. The first two are equal when the lowest class holds only the minimum (e.g. zeros).
    ///
    /// Nearest-rank quantiles are values of the data, so the legend shows numbers that really occur.
    static func breaks(of numbers: [Double]) -> [Double] {
        let sorted = numbers.filter(\.isFinite).sorted()
        guard let first = sorted.first, let last = sorted.last else { return [] }
        let count = sorted.count
        var uppers: [Double] = []
        for step in 1...4 {
            let rank = (step * count + 4) / 5  // ceil(step / 5 × count), in integers to avoid rounding surprises
            let quantile = sorted[max(rank, 1) - 1]
            if uppers.last != quantile { uppers.append(quantile) }
        }
        if uppers.last != last { uppers.append(last) }
        return [first] + uppers
    }

    /// The number of classes that `breaks` defines.
    static func classCount(breaks: [Double]) -> Int {
        max(breaks.count - 1, 0)
    }

    /// The class of a value: 0 for [b0, b1], then i for (b_i, b_i+1].
    static func classIndex(of value: Double, breaks: [Double]) -> Int {
        guard breaks.count > 1 else { return 0 }
        for index in 1..<breaks.count where value <= breaks[index] {
            return index - 1
        }
        return breaks.count - 2
    }

    /// Colours for `count` classes, spread over the palette so that the lightest and darkest are always used.
    static func colours(count: Int) -> [String] {
        guard count > 1 else { return count == 1 ? [palette[2]] : [] }
        let last = palette.count - 1
        return (0..<min(count, palette.count)).map { index in
            palette[Int((Double(index * last) / Double(min(count, palette.count) - 1)).rounded())]
        }
    }
}
