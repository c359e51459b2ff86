import Domain
import Testing

@Suite("Textes saisis : une seule politique")
struct TextPolicyTests {
    @Test func aNulCharacterIsRefusedNotTruncated() {
        #expect(TextPolicy.clean("Ali\u{0}ce", .name) == .failure(.controlCharacter))
    }

    @Test func controlAndBidirectionalCharactersAreRefused() {
        for text in ["a\u{1B}b", "a\u{7}b", "a\u{85}b", "a\u{2028}b", "a\u{202E}b", "a\u{2067}b"] {
            #expect(TextPolicy.clean(text, .note) == .failure(.controlCharacter), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func lineBreaksAreKeptInNotesAndRefusedOnOneLine() {
        #expect(TextPolicy.clean("un\r\ndeux\rtrois", .note) == .success("un\ndeux\ntrois"))
        #expect(TextPolicy.clean("un\ndeux", .name) == .failure(.controlCharacter))
        #expect(TextPolicy.clean("un\tdeux", .name) == .success("un\tdeux"))
    }

    @Test func textIsNormalisedToNFCAndTrimmed() {
        // "é" as e + combining acute accent becomes the single precomposed character.
        #expect(TextPolicy.clean("  Ame\u{301}lie ", .name) == .success("Am\u{E9}lie"))
    }

    @Test func lengthIsCountedInCharactersAfterNormalisation() {
        let hundred = String(repeating: "e\u{301}", count: 100)
        #expect(TextPolicy.clean(hundred, .name) == .success(String(repeating: "\u{E9}", count: 100)))
        #expect(TextPolicy.clean(hundred + "x", .name) == .failure(.tooLong(max: 100, actual: 101)))
        #expect(
            TextProblem.tooLong(max: 5_000, actual: 200_000).message
                == "5\u{202F}000 caractères au plus (200\u{202F}000 saisis)."
        )
    }

    @Test func fieldErrorsCarryTheMessageOnTheField() {
        var errors = FieldErrors()
        #expect(errors.text("", field: "titre", kind: .title, required: "Saisissez un titre.") == nil)
        #expect(errors.text("ok", field: "autre", kind: .title) == "ok")
        #expect(errors.text("", field: "facultatif", kind: .title) == "")
        #expect(errors["titre"] == "Saisissez un titre.")
        #expect(errors.messages.count == 1)
    }
}

@Suite("Nombres saisis : bornés, sans débordement")
struct BoundedIntegerTests {
    @Test func valuesOutsideTheRangeOrNotIntegersAreNil() {
        for raw in [
            "9223372036854775807", "99999999999999999999", "1.5", "1e3", "+3", "", " ", "-", "٣", "0x10", "1 000",
        ] {
            #expect(BoundedInteger.parse(raw, in: 1...100_000) == nil, "\(raw)")
        }
    }

    @Test func integersInTheRangeAreRead() {
        #expect(BoundedInteger.parse(" 42 ", in: 1...100) == 42)
        #expect(BoundedInteger.parse("-3", in: -5...5) == -3)
        #expect(BoundedInteger.parse("007", in: 1...10) == 7)
        #expect(BoundedInteger.parse("100001", in: 1...100_000) == nil)
    }
}

@Suite("Dates saisies : années bornées")
struct DayBoundsTests {
    @Test func yearsOutsideNineteenHundredToTwentyTwoHundredAreRefused() {
        #expect(CalendarDay(iso: "9999-01-01") == nil)
        #expect(CalendarDay(iso: "1899-12-31") == nil)
        #expect(CalendarDay(iso: "2200-12-31") != nil)
        #expect(CalendarDay(iso: "1900-01-01") != nil)
    }

    @Test func monthsAreParsedStrictlyAndBounded() {
        #expect(CalendarDay(isoMonth: "2026-11") == CalendarDay(year: 2026, month: 11, day: 1))
        #expect(CalendarDay(isoMonth: "9223372036854775807-01") == nil)
        #expect(CalendarDay(isoMonth: "2026-13") == nil)
        #expect(CalendarDay(isoMonth: "2026-1") == nil)
    }
}
