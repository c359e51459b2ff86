import Testing

@testable import Domain

@Suite("Crédits : seuil de convention, AE/CP, restes à payer")
struct FundingRulesTests {
    @Test func aConventionIsRequiredStrictlyAbove23000Euros() {
        // Décret 2001-495: "dépasse 23 000 euros". 23 000,00 € is not above it; one cent more is.
        #expect(!ConventionRule.isRequired(annualAmount: Money(cents: 2_300_000), multiYear: false))
        #expect(ConventionRule.isRequired(annualAmount: Money(cents: 2_300_001), multiYear: false))
        // The threshold is the organisation's: 15 000 € now + 8 000,01 € granted earlier in the year = 23 000,01 €.
        #expect(
            ConventionRule.isRequired(
                annualAmount: Money(euros: 15_000),
                otherGrantsSameYear: Money(cents: 800_001),
                multiYear: false
            )
        )
        #expect(
            !ConventionRule.isRequired(
                annualAmount: Money(euros: 15_000),
                otherGrantsSameYear: Money(euros: 8_000),
                multiYear: false
            )
        )
        // A CPO is a convention whatever its amount.
        #expect(ConventionRule.isRequired(annualAmount: Money(euros: 5_000), multiYear: true))
    }

    @Test func aMultiYearGrantCommitsItsWholeAEInItsAwardYear() {
        // A 2026–2028 CPO of 30 000 + 32 000 + 34 000 € = 96 000 €: AE 96 000 € in 2026, none after; CP year by year.
        let plan = GrantPlan(
            firstYear: 2026,
            yearlyAmounts: [Money(euros: 30_000), Money(euros: 32_000), Money(euros: 34_000)]
        )
        #expect(plan.total == Money(euros: 96_000))
        #expect(plan.commitmentAuthorisations(in: 2026) == Money(euros: 96_000))
        #expect(plan.commitmentAuthorisations(in: 2027) == .zero)
        #expect(plan.amount(in: 2027) == Money(euros: 32_000))
        #expect(plan.amount(in: 2029) == .zero)
        #expect(plan.years == 2026...2028)
        #expect(plan.largestYear == Money(euros: 34_000))
        #expect(plan.isMultiYear)
    }

    @Test func lineFiguresAreComputedFromTheirParts() {
        // 1 000 000 € notified, 5,5 % reserve = 55 000 €, usable 945 000 €. Programmed 900 000 €, committed
        // 800 000 €, CP paid in the year 500 000 €, of which 450 000 € on this line's own commitments.
        let line = LineExecution(
            allocation: Money(euros: 1_000_000),
            reserveBasisPoints: 550,
            programmed: Money(euros: 900_000),
            committed: Money(euros: 800_000),
            paid: Money(euros: 500_000),
            paidOnCommitments: Money(euros: 450_000)
        )
        #expect(line.reserve == Money(euros: 55_000))
        #expect(line.available == Money(euros: 45_000))
        #expect(line.remainingToPay == Money(euros: 350_000))
        #expect(line.paymentCreditsLeft == Money(euros: 445_000))
        #expect(line.canProgram(Money(euros: 45_000)))
        #expect(!line.canProgram(Money(cents: 4_500_001)))
        // The reserve is rounded to the cent, half up: 333,33 € × 5,5 % = 18,33315 € → 18,33 €; 1,00 € × 0,5 % = 0,5 c
        // → 1 c.
        #expect(LineExecution(allocation: Money(cents: 33_333), reserveBasisPoints: 550).reserve == Money(cents: 1_833))
        #expect(LineExecution(allocation: Money(cents: 100), reserveBasisPoints: 50).reserve == Money(cents: 1))
    }

    @Test func remainingToPayFollowsACommitmentAcrossYears() {
        // 2026: a 96 000 € CPO committed, advance 15 000 € paid in 2026. 2027: 30 000 € paid on it from the 2027 line.
        var line2026 = LineExecution(allocation: Money(euros: 200_000), reserveBasisPoints: 0)
        line2026.programmed = Money(euros: 96_000)
        line2026.committed = Money(euros: 96_000)
        line2026.paid = Money(euros: 15_000)
        line2026.paidOnCommitments = Money(euros: 15_000)
        #expect(line2026.remainingToPay == Money(euros: 81_000))
        line2026.paidOnCommitments += Money(euros: 30_000)
        var line2027 = LineExecution(allocation: Money(euros: 100_000), reserveBasisPoints: 0)
        line2027.paid = Money(euros: 30_000)
        #expect(line2026.remainingToPay == Money(euros: 51_000))
        #expect(line2027.remainingToPay == .zero)
        #expect(line2027.paymentCreditsLeft == Money(euros: 70_000))
        let totals = LineExecution.total([line2026, line2027])
        #expect(totals.remainingToPay == Money(euros: 51_000))
        #expect(totals.paid == Money(euros: 45_000))
    }

    @Test func aPaymentBeyondItsCommitmentIsRefused() {
        // 20 000 € committed, 12 000 € paid: 8 000,00 € can be paid, 8 000,01 € cannot.
        let committed = Money(euros: 20_000)
        let paid = Money(euros: 12_000)
        #expect(
            PaymentRule.check(
                amount: Money(euros: 8_000),
                committed: committed,
                alreadyPaid: paid,
                paymentCreditsLeft: Money(euros: 100_000),
                isBalance: false,
                reportAccepted: false
            ) == nil
        )
        #expect(
            PaymentRule.check(
                amount: Money(cents: 800_001),
                committed: committed,
                alreadyPaid: paid,
                paymentCreditsLeft: Money(euros: 100_000),
                isBalance: false,
                reportAccepted: false
            ) == .beyondCommitment(remaining: Money(euros: 8_000))
        )
        #expect(
            PaymentRule.check(
                amount: Money(euros: 8_000),
                committed: committed,
                alreadyPaid: paid,
                paymentCreditsLeft: Money(euros: 7_999),
                isBalance: false,
                reportAccepted: false
            ) == .beyondPaymentCredits(left: Money(euros: 7_999))
        )
        #expect(
            PaymentRule.check(
                amount: Money(euros: 8_000),
                committed: committed,
                alreadyPaid: paid,
                paymentCreditsLeft: Money(euros: 100_000),
                isBalance: true,
                reportAccepted: false
            ) == .reportNotAccepted
        )
        #expect(
            PaymentRule.check(
                amount: .zero,
                committed: committed,
                alreadyPaid: paid,
                paymentCreditsLeft: Money(euros: 100_000),
                isBalance: false,
                reportAccepted: false
            ) == .notPositive
        )
    }

    @Test func theSeventyPercentRuleIsDecidedInExactCents() {
        // 70 % of 100 000,01 € is 70 000,007 €: 70 000,00 € misses it, 70 000,01 € meets it.
        #expect(
            SeventyPercentRule.status(employmentOrLanguage: Money(euros: 70_000), total: Money(cents: 10_000_001))
                == .notMet
        )
        #expect(
            SeventyPercentRule.status(
                employmentOrLanguage: Money(cents: 7_000_001),
                total: Money(cents: 10_000_001)
            ) == .met
        )
        #expect(SeventyPercentRule.status(employmentOrLanguage: .zero, total: .zero) == .nothingCommitted)
        #expect(SeventyPercentRule.counts([.housing, .language]))
        #expect(!SeventyPercentRule.counts([.housing, .health]))
    }

    @Test func aScoreIsOutOfHundred() {
        // Weights 3, 2, 1 (maximum 5 × 6 = 30 points); marks 4, 3, 5 give 12 + 6 + 5 = 23 points = 76,67 → 77.
        let criteria = [
            ScoringCriterion(label: "Pertinence", weight: 3), ScoringCriterion(label: "Partenariats", weight: 2),
            ScoringCriterion(label: "Budget", weight: 1),
        ]
        #expect(ScoringGrid.points(marks: [4, 3, 5], criteria: criteria) == (23, 30))
        #expect(ScoringGrid.outOfHundred(marks: [4, 3, 5], criteria: criteria) == 77)
        // Weights 3 and 5 (maximum 40 points); marks 1 and 0 give 3 points = 7,5 → 8 (half up).
        let halves = [ScoringCriterion(label: "x", weight: 3), ScoringCriterion(label: "y", weight: 5)]
        #expect(ScoringGrid.outOfHundred(marks: [1, 0], criteria: halves) == 8)
        #expect(ScoringGrid.outOfHundred(marks: [5, 0], criteria: [criteria[0], criteria[0]]) == 50)
    }

    @Test func actionFifteenExistsOnlyUntil2023() {
        #expect(BudgetAction.refugees.exists(in: 2023))
        #expect(!BudgetAction.refugees.exists(in: 2024))
        #expect(BudgetAction.integration.exists(in: 2026))
    }
}
