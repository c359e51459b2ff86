import Testing

@testable import Domain

/// Published counts as French text, and rates.
@Suite struct TextAndRateTests {
    @Test(arguments: [
        (PublishedCount.small, "< 5"), (.masked, "s"), (.shown(0), "0"), (.shown(999), "999"),
        (.shown(1000), "1\u{202F}000"),
        (.shown(12345), "12\u{202F}345"), (.shown(1_234_567), "1\u{202F}234\u{202F}567"),
    ])
    func text(count: PublishedCount, expected: String) {
        #expect(SmallCountSuppression.text(count) == expected)
    }

    @Test(arguments: [
        (0, 0, PublishedRate.undefined), (3, 100, .hidden), (98, 100, .hidden), (2, 3, .hidden), (5, 4, .hidden),
        (50, 100, .shown(0.5)), (0, 10, .shown(0)), (10, 10, .shown(1)), (5, 10, .shown(0.5)),
    ])
    func rate(numerator: Int, denominator: Int, expected: PublishedRate) {
        #expect(SmallCountSuppression.rate(numerator: numerator, denominator: denominator) == expected)
    }
}
