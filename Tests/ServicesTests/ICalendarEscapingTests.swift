import Domain
import Testing

@testable import Services

/// A stored value written into the calendar feed can never start a property or an event of its own.
struct ICalendarEscapingTests {
    @Test(arguments: ["Salle 1\r\nATTENDEE:mailto:x@y.fr", "Salle 1\rEND:VEVENT", "Salle 1\nBEGIN:VEVENT"])
    func everyLineBreakIsEscaped(_ place: String) {
        let escaped = ICalendarText.escape(place)
        #expect(!escaped.contains("\r") && !escaped.contains("\n"))
        #expect(escaped.hasPrefix("Salle 1\\n"))
    }

    @Test func reservedCharactersAreEscapedAndControlsDropped() {
        #expect(ICalendarText.escape("a;b,c\\d\u{0007}e\u{0000}") == "a\\;b\\,c\\\\de")
    }
}
