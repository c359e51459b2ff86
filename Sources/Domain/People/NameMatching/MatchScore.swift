/// How likely two records describe the same person.
public enum MatchVerdict: String, Sendable, Equatable, CaseIterable {
    /// Show first: same identifier, or equivalent names with a compatible birth date.
    case likely
    /// Show for review: equivalent names but nothing to confirm them.
    case possible
    /// Not worth showing: different names, or a conflicting birth date.
    case unlikely
}

/// The outcome of comparing two records: a score, a verdict and reasons in French for caseworkers.
public struct MatchScore: Sendable, Equatable {
    /// 0…100, consistent with the verdict: likely ≥ 70, possible 40–69, unlikely < 40.
    public let value: Int
    /// The decision derived from the rules.
    public let verdict: MatchVerdict
    /// Why, in French, most decisive first.
    public let reasons: [String]

    /// Creates a score; the value is clamped into the verdict's band.
    public init(value: Int, verdict: MatchVerdict, reasons: [String]) {
        let band: ClosedRange<Int> =
            switch verdict {
            case .likely: 70...100
            case .possible: 40...69
            case .unlikely: 0...39
            }
        self.value = min(max(value, band.lowerBound), band.upperBound)
        self.verdict = verdict
        self.reasons = reasons
    }
}
