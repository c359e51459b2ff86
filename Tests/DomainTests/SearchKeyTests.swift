import Testing

@testable import Domain

@Suite("Pliage des textes pour la recherche")
struct SearchKeyTests {
    @Test(arguments: [
        ("Saint-Étienne", "saint etienne"),
        ("L'Haÿ-les-Roses", "l hay les roses"),
        ("  ÉVRY   Courcouronnes ", "evry courcouronnes"),
        ("Œuvre commune", "oeuvre commune"),
        ("Villeurbanne", "villeurbanne"),
    ])
    func foldsAccentsCaseHyphensAndSpaces(input: String, expected: String) {
        #expect(SearchKey.fold(input) == expected)
    }

    @Test func emptyOrPunctuationOnlyFoldsToEmpty() {
        #expect(SearchKey.fold(" - ' ") == "")
    }
}

@Suite struct FrenchOrderTests {
    @Test func accentsAndCaseDoNotPushANameToTheEnd() {
        let regions = ["Provence-Alpes-Côte d'Azur", "Île-de-France", "Hauts-de-France", "Occitanie", "Normandie"]
        #expect(
            regions.sorted(by: SearchKey.frenchOrder)
                == ["Hauts-de-France", "Île-de-France", "Normandie", "Occitanie", "Provence-Alpes-Côte d'Azur"]
        )
    }
}
