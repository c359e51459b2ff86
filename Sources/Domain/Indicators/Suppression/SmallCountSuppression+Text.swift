extension SmallCountSuppression {
    /// "< 5" for a small count, "s" for a value masked to protect one, or the number with French thousands
    /// separator (narrow no-break space U+202F), e.g. "12 345".
    public static func text(_ count: PublishedCount) -> String {
        switch count {
        case .small:
            return SuppressionRule.smallMark
        case .masked:
            return SuppressionRule.maskedMark
        case .shown(let number):
            return FrenchNumber.grouped(number)
        }
    }
}
