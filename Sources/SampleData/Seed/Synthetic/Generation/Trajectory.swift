/// One dated situation of a trajectory (days since 1970-01-01).
struct Step {
    /// The day the situation starts.
    let day: Int
    /// The situation.
    let value: String
}

extension HouseholdFactory {
    /// A trajectory from `entry` on `start` to `final` by `end`, through up to 2 intermediate steps
    /// of strictly increasing progress `rank`, on strictly increasing days; consecutive situations always differ.
    mutating func trajectory(
        entry: String,
        final: String,
        start: Int,
        end: Int,
        earliestFinal: Int,
        stepCount: WeightedTable<Int>,
        rank: (String) -> Int,
        step drawStep: (inout SplitMix64) -> String
    ) -> [Step] {
        var steps = [Step(day: start, value: entry)]
        guard final != entry, end > start else { return steps }
        let finalDay = rng.int(in: min(max(start + 1, earliestFinal), end)...end)
        let days = rng.distinctSorted(stepCount.draw(&rng), below: finalDay - start - 1)
        var previous = entry
        // Intermediate steps only make sense on the way up: each one must progress from the previous
        // situation without reaching the final one; a household going backwards moves directly.
        for offset in days {
            var value = drawStep(&rng)
            var attempts = 0
            while !(rank(previous) < rank(value) && rank(value) < rank(final)), attempts < 8 {
                value = drawStep(&rng)
                attempts += 1
            }
            guard rank(previous) < rank(value), rank(value) < rank(final) else { break }
            steps.append(Step(day: start + 1 + offset, value: value))
            previous = value
        }
        if previous != final { steps.append(Step(day: finalDay, value: final)) }
        return steps
    }
}
