import Domain
import Testing

struct PositiveExitRuleTests {
    @Test func bothConditionsMetIsPositive() {
        let assessment = PositiveExitRule.evaluate(
            housing: .socialRentalLease,
            activity: .employed(contract: .permanent)
        )
        #expect(assessment.positive)
        #expect(assessment.conditions.map(\.code) == ["sustainable_housing", "sustainable_activity"])
        #expect(assessment.conditions.allSatisfy { $0.met })
        #expect(
            assessment.condition("sustainable_housing")?.explanation
                == "Logement durable : Locataire d'un logement social (bail)."
        )
        #expect(
            assessment.condition("sustainable_activity")?.explanation
                == "Emploi ou formation durable : En emploi : CDI."
        )
    }

    @Test(arguments: HousingSituation.allCases.filter { !$0.isSustainable })
    func missingSustainableHousingIsNotPositive(housing: HousingSituation) {
        let assessment = PositiveExitRule.evaluate(housing: housing, activity: .employed(contract: .permanent))
        #expect(!assessment.positive)
        #expect(assessment.condition(PositiveExitRule.housingCode)?.met == false)
        #expect(assessment.condition(PositiveExitRule.activityCode)?.met == true)
        let explanation = assessment.condition(PositiveExitRule.housingCode)?.explanation ?? ""
        #expect(explanation.hasPrefix("Logement non durable : \(housing.label)."))
        #expect(explanation.contains("bail locatif social ou privé"))
    }

    @Test(arguments: [
        ActivitySituation.jobSeekerRegistered, .jobSeekerNotRegistered, .nonQualifyingTraining,
        .employed(contract: .fixedTerm(months: 5)), .employed(contract: .interim),
        .employed(contract: .subsidised), .selfEmployed, .inactive,
    ])
    func missingSustainableActivityIsNotPositive(activity: ActivitySituation) {
        let assessment = PositiveExitRule.evaluate(housing: .privateRentalLease, activity: activity)
        #expect(!assessment.positive)
        #expect(assessment.condition(PositiveExitRule.housingCode)?.met == true)
        #expect(assessment.condition(PositiveExitRule.activityCode)?.met == false)
        let explanation = assessment.condition(PositiveExitRule.activityCode)?.explanation ?? ""
        #expect(explanation.hasPrefix("Emploi ou formation non durable : \(activity.label)."))
        #expect(explanation.contains("CDD d'au moins 6 mois"))
    }

    @Test func missingBothConditionsIsNotPositive() {
        let assessment = PositiveExitRule.evaluate(housing: .hotel, activity: .inactive)
        #expect(!assessment.positive)
        #expect(assessment.conditions.allSatisfy { !$0.met })
    }

    @Test(arguments: [(5, false), (6, true)])
    func fixedTermOfFiveVersusSixMonths(months: Int, positive: Bool) {
        let assessment = PositiveExitRule.evaluate(
            housing: .youngWorkersHostel,
            activity: .employed(contract: .fixedTerm(months: months))
        )
        #expect(assessment.positive == positive)
        #expect(assessment.condition(PositiveExitRule.activityCode)?.met == positive)
    }

    @Test(arguments: HousingSituation.allCases)
    func housingDecidesWhenActivityIsSustainable(housing: HousingSituation) {
        #expect(
            PositiveExitRule.evaluate(housing: housing, activity: .qualifyingTraining).positive == housing.isSustainable
        )
    }

    @Test func unknownConditionCodeIsAbsent() {
        #expect(PositiveExitRule.evaluate(housing: .owner, activity: .inactive).condition("language") == nil)
    }
}

struct ExitReasonTests {
    @Test(arguments: [
        (ExitReason.objectivesReached, "objectives_reached", "Objectifs atteints"),
        (.maximumDurationReached, "maximum_duration_reached", "Durée maximale de 24 mois atteinte"),
        (.moved, "moved", "Déménagement hors du département"),
        (.leftProgramme, "left_programme", "Sortie du programme à l'initiative de la personne"),
        (.other, "other", "Autre motif"),
    ])
    func codesAndFrenchLabels(reason: ExitReason, code: String, label: String) {
        #expect(reason.rawValue == code)
        #expect(reason.label == label)
        #expect(ExitReason(rawValue: code) == reason)
    }

    @Test func fiveReasons() {
        #expect(ExitReason.allCases.count == 5)
    }
}
