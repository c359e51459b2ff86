extension SmallCountSuppression {
    /// `numerator / denominator`, hidden when the numerator, the denominator or their difference is 1…4.
    public static func rate(numerator: Int, denominator: Int) -> PublishedRate {
        precondition(numerator >= 0 && denominator >= 0, "counts must be non-negative")
        guard denominator != 0 else { return .undefined }
        // The difference is the count of those outside the numerator, as revealing as the numerator itself.
        let revealing = [numerator, denominator, denominator - numerator].contains(where: SuppressionRule.isSmall)
        return revealing ? .hidden : .shown(Double(numerator) / Double(denominator))
    }
}
