import Domain
import Testing

struct PersonIdentifiersTests {
    private func message(_ result: Result<String, IdentifierError>) -> String? {
        if case .failure(let error) = result { return error.message }
        return nil
    }

    @Test(arguments: [
        ("1234567890", "1234567890"), ("0123456789", "0123456789"), (" 12 3456 7890 ", "1234567890"),
        ("12.34.56.78.90", "1234567890"),
    ])
    func agdrefAccepted(input: String, normalised: String) {
        #expect(PersonIdentifiers.agdref(input) == .success(normalised))
    }

    @Test(arguments: ["", "123456789", "12345678901", "12345678A0", "１２３４５６７８９０", "1234567890_"])
    func agdrefRefused(input: String) {
        #expect(message(PersonIdentifiers.agdref(input)) == "Le numéro AGDREF doit comporter 10 chiffres.")
    }

    @Test(arguments: [
        ("12-34-56789", "123456789"), ("123456789", "123456789"), ("12 34 56789", "123456789"),
        ("01-02-00003", "010200003"),
    ])
    func ofpraAccepted(input: String, normalised: String) {
        #expect(PersonIdentifiers.ofpraFileNumber(input) == .success(normalised))
    }

    @Test(arguments: ["", "12-34-5678", "12-34-567890", "AB-34-56789", "12_34_56789", "1234567890"])
    func ofpraRefused(input: String) {
        #expect(
            message(PersonIdentifiers.ofpraFileNumber(input))
                == "Le numéro de dossier OFPRA doit comporter 9 chiffres, au format XX-XX-XXXXX."
        )
    }

    @Test(arguments: [("1234567", "1234567"), ("0012345", "0012345"), (" 123 4567", "1234567")])
    func cafAccepted(input: String, normalised: String) {
        #expect(PersonIdentifiers.cafNumber(input) == .success(normalised))
    }

    @Test(arguments: ["", "123456", "12345678", "123456A", "A123456"])
    func cafRefused(input: String) {
        #expect(message(PersonIdentifiers.cafNumber(input)) == "Le numéro allocataire CAF doit comporter 7 chiffres.")
    }

    @Test(arguments: [
        ("1234567A", "1234567A"), ("1234567a", "1234567A"), ("12345678", "12345678"), ("1234 567 Z", "1234567Z"),
        ("12345678901", "12345678901"), ("123 456 789 01", "12345678901"),
    ])
    func franceTravailAccepted(input: String, normalised: String) {
        #expect(PersonIdentifiers.franceTravailIdentifier(input) == .success(normalised))
    }

    @Test(arguments: [
        "", "123456A", "1234567AB", "A1234567", "123456AB", "1234567é", "1234567?", "1234567890",
        "123456789012", "1234567890A", "ABCDEFGH",
    ])
    func franceTravailRefused(input: String) {
        let text = message(PersonIdentifiers.franceTravailIdentifier(input))
        #expect(text?.contains("7 chiffres suivis d'une lettre ou d'un chiffre") == true)
        #expect(text?.contains("11 chiffres") == true)
    }

    @Test func normalisationStripsSeparatorsAndUpperCases() {
        #expect(PersonIdentifiers.normalised(" 1 84-05.75/056\u{00A0}123\t40 ") == "184057505612340")
        #expect(PersonIdentifiers.normalised("2a") == "2A")
    }
}

struct SocialSecurityNumberTests {
    // Keys computed outside this package as 97 − (number mod 97), with 2A → 19 and 2B → 18.
    @Test(arguments: [
        ("1840575056123", 40), ("290032A004015", 31), ("175122B033001", 34), ("7910699212456", 57),
        ("8881199330003", 57), ("1840575056066", 97), ("1840575056057", 9), ("1840575056065", 1),
        ("2690549588157", 80), ("1990299100001", 30),
    ])
    func keys(number: String, key: Int) {
        #expect(PersonIdentifiers.nirKey(of: number) == key)
    }

    @Test(arguments: [
        "", "184057505612", "18405750561234", "3840575056123", "0840575056123", "9840575056123",
        "1840575056A23", "2A0032A004015", "184057505612 X",
    ])
    func noKeyForMalformedNumbers(number: String) {
        #expect(PersonIdentifiers.nirKey(of: number) == nil)
    }

    @Test(arguments: [
        ("1 84 05 75 056 123 40", "184057505612340"),
        ("2 90 03 2A 004 015 31", "290032A00401531"),
        ("290032a00401531", "290032A00401531"),
        ("1 75 12 2B 033 001 34", "175122B03300134"),
        ("7 91 06 99 212 456 57", "791069921245657"),
        ("8 88 11 99 330 003 57", "888119933000357"),
        ("184057505606697", "184057505606697"),
        ("184057505605709", "184057505605709"),
        ("1-84-05-75-056-065-01", "184057505606501"),
    ])
    func validNumbersAreNormalised(input: String, normalised: String) {
        #expect(PersonIdentifiers.nir(input) == .success(normalised))
    }

    @Test(arguments: [
        "184057505612341", "184057505612339", "184057505612300", "290032A00401532",
        // The Corsican number keyed as if 2A were 20 must fail.
        "290032A00401504",
        // Key 09 written as 90, and key 97 written as 00.
        "184057505605790", "184057505606600",
        "791069921245658", "888119933000356",
    ])
    func wrongKeysAreRefused(input: String) {
        guard case .failure(let error) = PersonIdentifiers.nir(input) else {
            Issue.record("\(input) should be refused")
            return
        }
        #expect(error.message.hasPrefix("La clé du numéro de sécurité sociale ne correspond pas"))
    }

    @Test(arguments: [
        "", "18405750561234", "1840575056123400", "1840575056123", "384057505612337", "584057505612340",
        "984057505612340", "084057505612340", "1840575056A2340", "184057505612X40", "18405750561234O",
        "2A0032A00401531",
    ])
    func malformedNumbersAreRefusedWithTheFormat(input: String) {
        guard case .failure(let error) = PersonIdentifiers.nir(input) else {
            Issue.record("\(input) should be refused")
            return
        }
        #expect(error.message.contains("15 caractères"))
        #expect(error.message.contains("NIA"))
    }
}
