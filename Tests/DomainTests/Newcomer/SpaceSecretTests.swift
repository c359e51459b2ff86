import Domain
import Testing

@Suite("Phrase secrète et code PIN")
struct SpaceSecretTests {
    @Test func aPinHasSixDigitsAndIsNotTrivial() {
        #expect(SpaceSecret.problem(kind: .pin, secret: "246810", confirmation: "246810") == nil)
        #expect(SpaceSecret.problem(kind: .pin, secret: "24681", confirmation: "24681") == .pinFormat)
        #expect(SpaceSecret.problem(kind: .pin, secret: "24681a", confirmation: "24681a") == .pinFormat)
        #expect(SpaceSecret.problem(kind: .pin, secret: "٢٤٦٨١٠", confirmation: "٢٤٦٨١٠") == .pinFormat)
        let typed = SpaceSecret.normalised("٢٤٦٨١٠")
        #expect(typed == "246810")
        #expect(SpaceSecret.normalised("۲۴۶۸۱۰") == "246810")
        #expect(SpaceSecret.problem(kind: .pin, secret: typed, confirmation: SpaceSecret.normalised("246810")) == nil)
        #expect(SpaceSecret.normalised("soleil ٢ lyon") == "soleil ٢ lyon")
        for trivial in ["000000", "999999", "123456", "654321", "456789"] {
            #expect(SpaceSecret.problem(kind: .pin, secret: trivial, confirmation: trivial) == .pinTooSimple)
        }
        #expect(SpaceSecret.problem(kind: .pin, secret: "246810", confirmation: "246811") == .confirmationMismatch)
    }

    @Test func aPassphraseHasTwelveToSixtyFourCharacters() {
        #expect(SpaceSecret.problem(kind: .passphrase, secret: "soleil de lyon", confirmation: "soleil de lyon") == nil)
        #expect(SpaceSecret.problem(kind: .passphrase, secret: "soleil", confirmation: "soleil") == .passphraseTooShort)
        let long = String(repeating: "ab", count: 33)
        #expect(SpaceSecret.problem(kind: .passphrase, secret: long, confirmation: long) == .passphraseTooLong)
        let same = String(repeating: "a", count: 14)
        #expect(SpaceSecret.problem(kind: .passphrase, secret: same, confirmation: same) == .passphraseTooSimple)
        #expect(
            SpaceSecret.problem(kind: .passphrase, secret: "soleil\u{7}de lyon", confirmation: "soleil\u{7}de lyon")
                == .controlCharacter
        )
        #expect(
            SpaceSecret.problem(kind: .passphrase, secret: "soleil de lyon", confirmation: "soleil de lyo")
                == .confirmationMismatch
        )
    }
}
