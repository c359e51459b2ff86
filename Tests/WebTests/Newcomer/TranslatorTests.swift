import Domain
import Testing

@testable import Web

@Suite("Dates, nombres, pluriels et valeurs dans la langue de la personne")
struct TranslatorTests {
    static let day = CalendarDay(year: 2026, month: 3, day: 4)!
    static let first = CalendarDay(year: 2026, month: 12, day: 1)!

    @Test func datesFollowEachLanguagesPattern() {
        #expect(Translator(.french).date(Self.day, weekday: true) == "mercredi 4 mars 2026")
        #expect(Translator(.french).date(Self.first) == "1er décembre 2026")
        #expect(Translator(.english).date(Self.day, weekday: true) == "Wednesday 4 March 2026")
        #expect(Translator(.russian).date(Self.day) == "4 марта 2026 г.")
        #expect(Translator(.ukrainian).date(Self.first) == "1 грудня 2026 р.")
        #expect(Translator(.turkish).date(Self.day, weekday: true) == "4 Mart 2026 Çarşamba")
        #expect(Translator(.arabic).date(Self.day) == "٤ مارس ٢٠٢٦")
        #expect(Translator(.dari).date(Self.day) == "۴ مارچ ۲۰۲۶")
        #expect(Translator(.tigrinya).date(Self.day) == "4 መጋቢት 2026")
    }

    @Test func timesAndNumbersUseTheLanguagesDigitsAndSeparators() {
        let time = LocalDateTime(day: "2026-03-04", time: "14:05")!
        #expect(Translator(.french).time(time) == "14 h 05")
        #expect(Translator(.french).time(LocalDateTime(day: "2026-03-04", time: "9:00")!) == "9 h")
        #expect(Translator(.english).time(time) == "14:05")
        #expect(Translator(.arabic).time(time) == "١٤:٠٥")
        #expect(Translator(.french).number(23_000) == "23\u{202F}000")
        #expect(Translator(.english).number(1_234_567) == "1,234,567")
        #expect(Translator(.turkish).number(1_234) == "1.234")
        #expect(Translator(.arabic).number(2_000) == "٢٬٠٠٠")
        #expect(Translator(.pashto).number(42) == "۴۲")
        #expect(Translator(.russian).number(999) == "999")
    }

    @Test func pluralsPickTheCldrForm() {
        let arabic = Translator(.arabic)
        #expect(arabic.plural(.appointmentMinutes, 1) == "دقيقة واحدة")
        #expect(arabic.plural(.appointmentMinutes, 2) == "دقيقتان")
        #expect(arabic.plural(.appointmentMinutes, 3).contains("دقائق"))
        #expect(arabic.plural(.appointmentMinutes, 45).contains("\u{2068}٤٥\u{2069}"))
        #expect(Translator(.russian).plural(.appointmentMinutes, 21) == "21 минута")
        #expect(Translator(.russian).plural(.appointmentMinutes, 22) == "22 минуты")
        #expect(Translator(.russian).plural(.appointmentMinutes, 45) == "45 минут")
        #expect(Translator(.french).plural(.appointmentMinutes, 0) == "0 minute")
        #expect(Translator(.french).plural(.appointmentMinutes, 45) == "45 minutes")
    }

    @Test func valuesAreFilledOnceAndIsolatedInRightToLeftText() {
        let french = Translator(.french)
        #expect(french(.homeTitle, ["name": "{name} {organisation}"]) == "Bonjour {name} {organisation}")
        #expect(french.fill("{a} et {b} et {c}", ["a": "1", "b": "{c}"]) == "1 et {c} et {c}")
        #expect(Translator(.dari)(.homeTitle, ["name": "Amina"]) == "سلام \u{2068}Amina\u{2069}")
    }

    @Test func everyWeekdayIsNamed() {
        // 1 January 1970 was a Thursday; 4 March 2026 is a Wednesday.
        #expect(Translator.weekday(of: CalendarDay(daysSinceEpoch: 0)) == 4)
        #expect(Translator.weekday(of: Self.day) == 3)
        #expect(Translator.weekday(of: CalendarDay(year: 2026, month: 3, day: 8)!) == 7)
    }
}
