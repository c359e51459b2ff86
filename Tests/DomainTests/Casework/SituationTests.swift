import Domain
import Testing

struct HousingSituationTests {
    static let sustainable: [HousingSituation] = [
        .socialRentalLease, .privateRentalLease, .socialResidence, .youngWorkersHostel, .owner,
    ]

    @Test(arguments: HousingSituation.allCases)
    func sustainabilityOfEachHousingKind(housing: HousingSituation) {
        #expect(housing.isSustainable == Self.sustainable.contains(housing))
    }

    @Test(arguments: [
        (HousingSituation.asylumAccommodation, "Hébergement du dispositif national d'asile (CADA, HUDA…)", false),
        (.emergencyAccommodation, "Hébergement d'urgence", false),
        (.provisionalAccommodationCentre, "Centre provisoire d'hébergement (CPH)", false),
        (.hostedByThirdParty, "Hébergé par un tiers", false),
        (.hotel, "Hôtel", false),
        (.homeless, "Sans hébergement", false),
        (.socialRentalLease, "Locataire d'un logement social (bail)", true),
        (.privateRentalLease, "Locataire d'un logement privé (bail)", true),
        (.socialResidence, "Résidence sociale", true),
        (.youngWorkersHostel, "Foyer de jeunes travailleurs (FJT)", true),
        (.rentalIntermediation, "Intermédiation locative en sous-location (dont bail glissant)", false),
        (.owner, "Propriétaire", true),
        (.other, "Autre situation", false),
    ])
    func labelAndSustainability(housing: HousingSituation, label: String, sustainable: Bool) {
        #expect(housing.label == label)
        #expect(housing.isSustainable == sustainable)
    }

    @Test func everyKindIsListedOnceWithADistinctLabelAndCode() {
        #expect(HousingSituation.allCases.count == 13)
        #expect(Set(HousingSituation.allCases.map(\.label)).count == 13)
        #expect(Set(HousingSituation.allCases.map(\.rawValue)).count == 13)
    }

    @Test(arguments: HousingSituation.allCases)
    func storedCodeRoundTrips(housing: HousingSituation) {
        #expect(HousingSituation(rawValue: housing.rawValue) == housing)
    }
}

struct ActivitySituationTests {
    @Test(arguments: [
        (ActivitySituation.employed(contract: .fixedTerm(months: 5)), false),
        (.employed(contract: .fixedTerm(months: 6)), true),
        (.employed(contract: .fixedTerm(months: 7)), true),
        (.employed(contract: .fixedTerm(months: 36)), true),
        (.employed(contract: .fixedTerm(months: 1)), false),
        (.employed(contract: .fixedTerm(months: 0)), false),
        (.employed(contract: .permanent), true),
        (.employed(contract: .apprenticeship), true),
        (.employed(contract: .interim), false),
        (.employed(contract: .subsidised), false),
        (.qualifyingTraining, true),
        (.nonQualifyingTraining, false),
        (.selfEmployed, false),
        (.jobSeekerRegistered, false),
        (.jobSeekerNotRegistered, false),
        (.inactive, false),
    ])
    func sustainability(activity: ActivitySituation, sustainable: Bool) {
        #expect(activity.isSustainable == sustainable)
    }

    @Test(arguments: [
        (ActivitySituation.jobSeekerRegistered, "Demandeur d'emploi inscrit à France Travail"),
        (.jobSeekerNotRegistered, "Demandeur d'emploi non inscrit à France Travail"),
        (.qualifyingTraining, "En formation qualifiante ou diplômante"),
        (.nonQualifyingTraining, "En formation non qualifiante"),
        (.employed(contract: .permanent), "En emploi : CDI"),
        (.employed(contract: .fixedTerm(months: 6)), "En emploi : CDD de 6 mois"),
        (.employed(contract: .interim), "En emploi : Mission d'intérim"),
        (.employed(contract: .subsidised), "En emploi : Contrat aidé ou d'insertion"),
        (.employed(contract: .apprenticeship), "En emploi : Contrat d'apprentissage"),
        (.selfEmployed, "Travailleur indépendant"),
        (.inactive, "Sans activité"),
    ])
    func frenchLabels(activity: ActivitySituation, label: String) {
        #expect(activity.label == label)
    }

    @Test func fixedTermThresholdIsSixMonths() {
        #expect(ContractType.sustainableFixedTermMonths == 6)
        #expect(!ContractType.fixedTerm(months: 5).isSustainable)
        #expect(ContractType.fixedTerm(months: 6).isSustainable)
    }
}
