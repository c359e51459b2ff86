import Domain
import Testing

/// A pair of records and the verdict and reason expected from `PersonNameMatcher.score`.
struct ScoreCase: Sendable, CustomTestStringConvertible {
    let label: String
    let left: NameCandidate
    let right: NameCandidate
    let verdict: MatchVerdict
    let reason: String

    var testDescription: String { label }
}

private func person(
    _ names: [String],
    _ year: Int? = nil,
    _ month: Int? = nil,
    _ day: Int? = nil,
    ids: [String: String] = [:]
) -> NameCandidate {
    NameCandidate(
        id: names.first ?? "",
        names: names,
        birthYear: year,
        birthMonth: month,
        birthDay: day,
        identifiers: ids
    )
}

let scoreCases: [ScoreCase] = [
    ScoreCase(
        label: "same AGDREF, different spellings and years",
        left: person(["Mohammed Ahmadzai"], 1990, ids: ["agdref": "1234567890"]),
        right: person(["Mahmoud Rahimi"], 1985, ids: ["AGDREF": "12 3456 7890"]),
        verdict: .likely,
        reason: "même identifiant AGDREF"
    ),
    ScoreCase(
        label: "same names, same year",
        left: person(["Mohammed Ahmadzai"], 1990),
        right: person(["Ahmadzay Muhammad"], 1990),
        verdict: .likely,
        reason: "même année de naissance"
    ),
    ScoreCase(
        label: "equivalent names are explained",
        left: person(["Mohammed Ahmadzai"], 1990),
        right: person(["Muhammad Ahmadzai"], 1990),
        verdict: .likely,
        reason: "noms équivalents (Mohammed ≈ Muhammad)"
    ),
    ScoreCase(
        label: "word order is reported",
        left: person(["Samir Ben Ali"], 1990),
        right: person(["BEN ALI Samir"], 1990),
        verdict: .likely,
        reason: "ordre des noms différent"
    ),
    ScoreCase(
        label: "same full date",
        left: person(["Aïcha Diallo"], 2001, 3, 14),
        right: person(["Aisha Diallo"], 2001, 3, 14),
        verdict: .likely,
        reason: "même date de naissance"
    ),
    ScoreCase(
        label: "same names, different known year",
        left: person(["Yusuf Haile"], 1990),
        right: person(["Youssef Hayle"], 1991),
        verdict: .unlikely,
        reason: "date de naissance différente"
    ),
    ScoreCase(
        label: "same names, unknown birth",
        left: person(["Nour Rahimi"]),
        right: person(["Noor Rahimy"], 1990),
        verdict: .possible,
        reason: "date de naissance inconnue"
    ),
    ScoreCase(
        label: "year only against a full date with that year",
        left: person(["Tesfaye Mekonnen"], 1988),
        right: person(["Tesfay Mekonen"], 1988, 6, 21),
        verdict: .likely,
        reason: "même année de naissance"
    ),
    ScoreCase(
        label: "month and year against a full date",
        left: person(["Fatima Osman"], 1995, 7),
        right: person(["Fatma Uthman"], 1995, 7, 2),
        verdict: .likely,
        reason: "même mois et année de naissance"
    ),
    ScoreCase(
        label: "month mismatch when both known",
        left: person(["Omar Abdi"], 1990, 3, 15),
        right: person(["Oumar Abdy"], 1990, 7, 15),
        verdict: .unlikely,
        reason: "date de naissance différente"
    ),
    ScoreCase(
        label: "day mismatch when both known",
        left: person(["Omar Abdi"], 1990, 3, 15),
        right: person(["Oumar Abdy"], 1990, 3, 16),
        verdict: .unlikely,
        reason: "date de naissance différente"
    ),
    ScoreCase(
        label: "1 January is treated as a placeholder",
        left: person(["Hussein Ali"], 1992, 1, 1),
        right: person(["Hossein Ali"], 1992, 5, 9),
        verdict: .likely,
        reason: "même année de naissance (1er janvier ou 31 décembre : date souvent fictive)"
    ),
    ScoreCase(
        label: "placeholder does not excuse another year",
        left: person(["Hussein Ali"], 1992, 1, 1),
        right: person(["Hossein Ali"], 1993, 1, 1),
        verdict: .unlikely,
        reason: "date de naissance différente"
    ),
    ScoreCase(
        label: "same family name, different given name",
        left: person(["Ali Rahimi"], 1990),
        right: person(["Reza Rahimi"], 1990),
        verdict: .unlikely,
        reason: "nom partiel : 1 mot(s) sur 2 en commun (Rahimi)"
    ),
    ScoreCase(
        label: "different names",
        left: person(["Samir Haddad"], 1990),
        right: person(["Karim Mansour"], 1990),
        verdict: .unlikely,
        reason: "noms différents"
    ),
    ScoreCase(
        label: "different AGDREF caps at possible",
        left: person(["Ibrahim Traore"], 1990, ids: ["agdref": "1111111111"]),
        right: person(["Ebrahim Traore"], 1990, ids: ["agdref": "2222222222"]),
        verdict: .possible,
        reason: "identifiant AGDREF différent"
    ),
    ScoreCase(
        label: "other identifier kinds are not compared across kinds",
        left: person(["Ibrahim Traore"], ids: ["agdref": "1111111111"]),
        right: person(["Karim Mansour"], ids: ["ofpra": "1111111111"]),
        verdict: .unlikely,
        reason: "noms différents"
    ),
    ScoreCase(
        label: "a usual spelling among several names",
        left: person(["Mohamed Abdirahman", "Maxamed Cabdiraxmaan"], 1999),
        right: person(["Maxamed Cabdiraxmaan"], 1999),
        verdict: .likely,
        reason: "noms identiques"
    ),
    ScoreCase(
        label: "shorter name found in the longer",
        left: person(["Abdelrahman"], 2004),
        right: person(["Abdul Rahman Ahmadi"], 2004),
        verdict: .likely,
        reason: "nom inclus dans l'autre"
    ),
]

@Test("score verdicts and reasons", arguments: scoreCases)
func score(_ testCase: ScoreCase) {
    let result = PersonNameMatcher.score(testCase.left, testCase.right)
    #expect(result.verdict == testCase.verdict, "\(result.reasons)")
    #expect(result.reasons.contains(testCase.reason), "\(result.reasons)")
    let mirrored = PersonNameMatcher.score(testCase.right, testCase.left)
    #expect(mirrored.verdict == result.verdict)
    #expect(mirrored.value == result.value)
}

@Test("score values stay in the verdict's band", arguments: scoreCases)
func scoreBand(_ testCase: ScoreCase) {
    let result = PersonNameMatcher.score(testCase.left, testCase.right)
    switch result.verdict {
    case .likely: #expect((70...100).contains(result.value))
    case .possible: #expect((40...69).contains(result.value))
    case .unlikely: #expect((0...39).contains(result.value))
    }
}

@Test("closer evidence scores higher")
func ordering() {
    let full = PersonNameMatcher.score(person(["Khaled Omar"], 1990, 4, 2), person(["Khalid Umar"], 1990, 4, 2))
    let yearOnly = PersonNameMatcher.score(person(["Khaled Omar"], 1990), person(["Khalid Umar"], 1990))
    let unknown = PersonNameMatcher.score(person(["Khaled Omar"]), person(["Khalid Umar"]))
    #expect(full.value > yearOnly.value)
    #expect(yearOnly.value > unknown.value)
    let identical = PersonNameMatcher.score(person(["Khaled Omar"], 1990), person(["Khaled Omar"], 1990))
    #expect(identical.value > yearOnly.value)
}
