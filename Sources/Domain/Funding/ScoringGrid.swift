/// A call's scoring grid: criteria with weights; each criterion is marked 0 to 5 and the total is out of 100.
public struct ScoringCriterion: Sendable, Equatable, Codable {
    public let label: String
    /// The weight, 1 to 10.
    public let weight: Int

    public init(label: String, weight: Int) {
        self.label = label
        self.weight = weight
    }
}

/// Scores against a grid.
public enum ScoringGrid {
    /// The highest mark of one criterion.
    public static let maximumMark = 5
    /// The weights a criterion may have.
    public static let weights = 1...10

    /// The weighted points and the most a grid allows: Σ mark × weight and 5 × Σ weight.
    public static func points(marks: [Int], criteria: [ScoringCriterion]) -> (points: Int, maximum: Int) {
        let points = zip(marks, criteria).reduce(0) { $0 + $1.0 * $1.1.weight }
        return (points, maximumMark * criteria.reduce(0) { $0 + $1.weight })
    }

    /// The score out of 100, rounded half up: 100 × points ÷ maximum.
    public static func outOfHundred(marks: [Int], criteria: [ScoringCriterion]) -> Int {
        let (points, maximum) = points(marks: marks, criteria: criteria)
        guard maximum > 0 else { return 0 }
        return (points * 200 + maximum) / (2 * maximum)
    }
}
