/// A fixed list of values with integer weights, drawn by binary search over cumulative weights.
struct WeightedTable<Value: Sendable>: Sendable {
    /// The values, in declaration order.
    let values: [Value]
    private let cumulative: [Int]

    /// Creates a table from (value, weight) pairs; weights must be non-negative with a positive sum.
    init(_ entries: [(Value, Int)]) {
        values = entries.map(\.0)
        var running = 0
        cumulative = entries.map { entry in
            running += entry.1
            return running
        }
        precondition(running > 0, "A weighted table needs a positive total weight")
    }

    /// Draws one value with probability proportional to its weight.
    func draw(_ rng: inout SplitMix64) -> Value {
        let target = rng.below(cumulative[cumulative.count - 1])
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return values[low]
    }
}

extension WeightedTable where Value == ClosedRange<Int> {
    /// Draws a range by weight, then a uniform integer inside it.
    func drawInteger(_ rng: inout SplitMix64) -> Int {
        let range = draw(&rng)
        return rng.int(in: range)
    }
}
