import Domain
import Testing

@Suite("Règles de l'espace personnel")
struct NewcomerSpaceRuleTests {
    @Test func theSpaceIsOpenWhileTheHouseholdIsReferredOrInSupportOnly() {
        #expect(NewcomerSpaceRule.isOpen(householdStage: .referred, anonymised: false))
        #expect(NewcomerSpaceRule.isOpen(householdStage: .inSupport, anonymised: false))
        #expect(!NewcomerSpaceRule.isOpen(householdStage: .exited, anonymised: false))
        #expect(!NewcomerSpaceRule.isOpen(householdStage: .declined, anonymised: false))
        #expect(!NewcomerSpaceRule.isOpen(householdStage: .inSupport, anonymised: true))
    }

    @Test func onlyAPersonKnownToBeAnAdultMayHaveASpace() {
        let today = CalendarDay(year: 2026, month: 11, day: 27)!
        #expect(NewcomerSpaceRule.mayHaveSpace(birth: PartialBirthDate(year: 1994), today: today))
        #expect(NewcomerSpaceRule.mayHaveSpace(birth: PartialBirthDate(year: 2008, month: 11, day: 27), today: today))
        #expect(!NewcomerSpaceRule.mayHaveSpace(birth: PartialBirthDate(year: 2008, month: 11, day: 28), today: today))
        // Born in 2008 without a month: 17 or 18 today, so not known to be an adult.
        #expect(!NewcomerSpaceRule.mayHaveSpace(birth: PartialBirthDate(year: 2008), today: today))
        #expect(!NewcomerSpaceRule.mayHaveSpace(birth: PartialBirthDate(year: 2019), today: today))
        #expect(!NewcomerSpaceRule.mayHaveSpace(birth: nil, today: today))
    }

    @Test func aMessageIsCleanedAndBounded() {
        #expect(NewcomerSpaceRule.message("  Bonjour\r\nmerci  ") == .success("Bonjour\nmerci"))
        #expect(NewcomerSpaceRule.message("   ") == .failure(.messageEmpty))
        #expect(NewcomerSpaceRule.message("a\u{0}b") == .failure(.controlCharacter))
        #expect(NewcomerSpaceRule.message("a\u{202E}b") == .failure(.controlCharacter))
        #expect(NewcomerSpaceRule.message(String(repeating: "é", count: 2_001)) == .failure(.messageTooLong))
        #expect(NewcomerSpaceRule.message(String(repeating: "é", count: 2_000)).map(\.count) == .success(2_000))
    }

    @Test func theLetterLanguageIsGuessedFromThePersonsLanguages() {
        #expect(SpaceLanguage.guess(from: "Dari, anglais") == .dari)
        #expect(SpaceLanguage.guess(from: "français, arabe") == .arabic)
        #expect(SpaceLanguage.guess(from: "Pachto") == .pashto)
        #expect(SpaceLanguage.guess(from: "lingala") == nil)
        #expect(SpaceLanguage.guess(from: nil) == nil)
        #expect(SpaceLanguage.dari.tag == "fa-AF")
        #expect(SpaceLanguage.allCases.filter(\.isRightToLeft) == [.arabic, .dari, .pashto])
    }
}
