import Domain
import Testing

@Suite("Code personnel de la lettre")
struct AccessCodeTests {
    @Test func aTypedCodeIsReadInAnyCaseWithoutSeparatorsAndConfusableLetters() throws {
        let code = try #require(AccessCode(typed: "k7qm-2xhd 9pfa"))
        #expect(code.symbols == "K7QM2XHD9PFA")
        #expect(code.description == "K7QM-2XHD-9PFA")
        #expect(AccessCode(typed: "O1IL-0000-0000")?.symbols == "011100000000")
        #expect(AccessCode(typed: "K٧QM-٢XHD-٩PFA")?.symbols == "K7QM2XHD9PFA")
    }

    @Test func aCodeOfTheWrongLengthOrWithOtherLettersIsRefused() {
        #expect(AccessCode(typed: "K7QM-2XHD-9PF") == nil)
        #expect(AccessCode(typed: "K7QM-2XHD-9PFAB") == nil)
        #expect(AccessCode(typed: "K7QM-2XHD-9PFU") == nil)
        #expect(AccessCode(typed: "K7QM_2XHD_9PFA") == nil)
        #expect(AccessCode(typed: "") == nil)
    }

    @Test func aCodeIsDrawnFromTheLastTwelveCharactersOfARandomToken() {
        let code = AccessCode(randomToken: "AAAAAAAAAAAA")
        #expect(code.symbols == "000000000000")
        // 64 base-64 symbols fall twice on each of the 32 code symbols.
        #expect(AccessCode(randomToken: "xxABCDEFGHIJKL").symbols == AccessCode(randomToken: "ghijklmnopqr").symbols)
        let all = Set(AccessCode(randomToken: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef").symbols)
        #expect(all.allSatisfy { "0123456789ABCDEFGHJKMNPQRSTVWXYZ".contains($0) })
    }
}
