// The standard library's `random(in:using:)` algorithms are not promised to stay the same
// across versions, so every draw goes through these helpers built on raw bits only.
extension SplitMix64 {
    /// A uniform integer in 0..<count (count must be positive).
    mutating func below(_ count: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(count)).high)
    }

    /// A uniform integer in the closed range.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// A uniform double in [0, 1), exact on every IEEE 754 platform.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// True with the given probability.
    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// A uniformly chosen element of a non-empty array.
    mutating func element<Element>(of items: [Element]) -> Element {
        items[below(items.count)]
    }

    /// `count` distinct positions of 0..<size, in increasing order (fewer when size is smaller).
    mutating func distinctSorted(_ count: Int, below size: Int) -> [Int] {
        let wanted = min(count, size)
        var chosen: [Int] = []
        chosen.reserveCapacity(wanted)
        // Floyd's algorithm: exactly `wanted` draws, no rejection loop.
        for bound in (size - wanted)..<size {
            let candidate = below(bound + 1)
            chosen.append(chosen.contains(candidate) ? bound : candidate)
        }
        chosen.sort()
        return chosen
    }
}
