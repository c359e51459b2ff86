import Domain
import Testing

@Suite("L'argent en centimes entiers")
struct MoneyTests {
    @Test func frenchFormatGroupsThousandsAndKeepsTwoDecimals() {
        #expect(Money(euros: 23_000).french == "23\u{202F}000,00\u{00A0}€")
        #expect(Money(cents: -123_450).french == "-1\u{202F}234,50\u{00A0}€")
        #expect(Money(cents: 5).french == "0,05\u{00A0}€")
        #expect(Money(euros: 1_000_000).frenchShort == "1\u{202F}000\u{202F}000\u{00A0}€")
        #expect(Money(cents: 1_250).frenchShort == "12,50\u{00A0}€")
        #expect(Money(cents: -1_234_550).decimal == "-12345.50")
    }

    @Test func typedAmountsAreReadExactly() {
        #expect(MoneyInput.parse("23000") == Money(euros: 23_000))
        #expect(MoneyInput.parse("23 000,5") == Money(cents: 2_300_050))
        #expect(MoneyInput.parse("23\u{202F}000,05 €") == Money(cents: 2_300_005))
        #expect(MoneyInput.parse("0.1") == Money(cents: 10))
        for bad in ["", "-5", "1,234", "1.2.3", "abc", "1e5", "12,", ",50", "1000000000,01", "9223372036854775807"] {
            #expect(MoneyInput.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func sharesAreDecidedWithoutFloatingPoint() {
        // 70 % of 100 000,01 € is 70 000,007 €: 70 000,00 € is just below, 70 000,01 € reaches it.
        let whole = Money(cents: 10_000_001)
        #expect(!Money.isShare(Money(cents: 7_000_000), atLeast: 70, of: whole))
        #expect(Money.isShare(Money(cents: 7_000_001), atLeast: 70, of: whole))
        #expect(Money.basisPoints(Money(euros: 2), of: Money(euros: 3)) == 6_667)
        #expect(Money.basisPoints(.zero, of: .zero) == nil)
    }
}
