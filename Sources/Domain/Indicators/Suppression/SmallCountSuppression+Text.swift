extension SmallCountSuppression {
    /// "< 5" or the number with French thousands separator (narrow no-break space U+202F), e.g. "12 345".
    public static func text(_ count: PublishedCount) -> String {
        switch count {
        case .hidden:
            return "< \(SuppressionRule.threshold)"
        case .shown(let number):
            return groupedThousands(number)
        }
    }

    private static func groupedThousands(_ number: Int) -> String {
        let digits = Array(String(number.magnitude))
        var groups: [String] = []
        var end = digits.count
        while end > 0 {
            let start = max(0, end - 3)
            groups.insert(String(digits[start..<end]), at: 0)
            end = start
        }
        return (number < 0 ? "-" : "") + groups.joined(separator: "\u{202F}")
    }
}
