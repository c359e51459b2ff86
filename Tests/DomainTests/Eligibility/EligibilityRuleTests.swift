import Testing

@testable import Domain

@Suite("AGIR eligibility")
struct EligibilityRuleTests {
    // MARK: General case

    @Test("A recent refugee with a signed CIR in a deployed département is eligible as a protection holder")
    func generalCase() {
        let outcome = evaluate(eligibleRefugee())
        #expect(outcome.eligible)
        #expect(outcome.basis == .protectionHolder)
        #expect(outcome.conditions.filter { !$0.met }.map(\.code) == ["joining_relative", "prefect_exception"])
    }

    @Test(
        "Refugee, subsidiary protection and stateless are accepted",
        arguments: [ProtectionKind.refugee, .subsidiary, .stateless]
    )
    func acceptedProtections(kind: ProtectionKind) {
        let outcome = evaluate { $0.protection = kind }
        #expect(outcome.eligible)
        #expect(outcome.basis == .protectionHolder)
        #expect(outcome.met(.protectionType))
        #expect(outcome.explanation(.protectionType).contains(kind.label))
    }

    @Test("A stateless person is eligible")
    func stateless() {
        let outcome = evaluate { $0.protection = .stateless }
        #expect(outcome.basis == .protectionHolder)
        #expect(outcome.explanation(.protectionType) == "Protection reconnue : apatride ; condition remplie.")
    }

    @Test("No protection at all is not eligible")
    func noProtection() {
        let outcome = evaluate {
            $0.protection = nil
            $0.protectionDate = nil
        }
        #expect(!outcome.eligible)
        #expect(outcome.basis == .none)
        #expect(!outcome.met(.protectionType))
        #expect(!outcome.met(.protectionRecent))
        #expect(outcome.explanation(.protectionType).contains("Aucune protection renseignée"))
        #expect(outcome.explanation(.protectionRecent).contains("1er janvier 2024"))
    }

    @Test("A protection kind without a protection date is not eligible")
    func missingProtectionDate() {
        let outcome = evaluate { $0.protectionDate = nil }
        #expect(outcome.basis == .none)
        #expect(!outcome.met(.protectionRecent))
        #expect(
            outcome.explanation(.protectionRecent)
                == "Date d'obtention de la protection non renseignée (à partir du 1er janvier 2024 attendu) : condition non remplie."
        )
    }

    // MARK: Protection date

    @Test("Protection on 1 January of the year before the referral year is recent enough")
    func cutoffDayIncluded() {
        let outcome = evaluate { $0.protectionDate = day("2024-01-01") }
        #expect(outcome.basis == .protectionHolder)
        #expect(
            outcome.explanation(.protectionRecent)
                == "Protection obtenue le 1er janvier 2024, à partir du 1er janvier 2024 : condition remplie."
        )
    }

    @Test("Protection on 31 December two years before the referral year is too old")
    func dayBeforeCutoffExcluded() {
        let outcome = evaluate { $0.protectionDate = day("2023-12-31") }
        #expect(!outcome.eligible)
        #expect(outcome.basis == .none)
        #expect(!outcome.met(.protectionRecent))
        #expect(
            outcome.explanation(.protectionRecent)
                == "Protection obtenue le 31 décembre 2023, avant le 1er janvier 2024 : condition non remplie."
        )
    }

    @Test("The explanation of a met protection date gives the date and the cut-off")
    func recentExplanation() {
        #expect(
            evaluate(eligibleRefugee()).explanation(.protectionRecent)
                == "Protection obtenue le 3 mars 2024, à partir du 1er janvier 2024 : condition remplie."
        )
    }

    @Test(
        "The cut-off is 1 January of the year before the referral year",
        arguments: [
            ("2025-03-10", "2024-01-01"), ("2025-01-01", "2024-01-01"), ("2024-12-31", "2023-01-01"),
            ("2026-06-30", "2025-01-01"),
        ]
    )
    func cutoff(referral: String, expected: String) {
        #expect(EligibilityRule.protectionCutoff(referral: day(referral)) == day(expected))
    }

    @Test(
        "Referral on 1 January itself: both sides of the cut-off",
        arguments: [
            ("2024-01-01", true), ("2023-12-31", false), ("2025-01-01", true),
        ]
    )
    func referralOnFirstOfJanuary(protection: String, eligible: Bool) {
        let outcome = evaluate {
            $0.referralDate = day("2025-01-01")
            $0.protectionDate = day(protection)
            $0.cirSignatureDate = day("2025-01-01")
        }
        #expect(outcome.eligible == eligible)
        #expect(outcome.met(.protectionRecent) == eligible)
        #expect(outcome.explanation(.protectionRecent).contains("1er janvier 2024"))
    }

    @Test("Protection obtained after the referral date does not count")
    func protectionAfterReferral() {
        let outcome = evaluate { $0.protectionDate = day("2025-03-11") }
        #expect(outcome.basis == .none)
        #expect(
            outcome.explanation(.protectionRecent)
                == "Protection obtenue le 11 mars 2025, après la date d'orientation du 10 mars 2025 : condition non remplie."
        )
    }

    @Test("Protection obtained on the referral date counts")
    func protectionOnReferral() {
        #expect(evaluate { $0.protectionDate = day("2025-03-10") }.basis == .protectionHolder)
    }

    // MARK: CIR

    @Test("CIR signed on or before the referral date", arguments: ["2025-03-10", "2025-03-09", "2024-02-01"])
    func cirOnOrBefore(signature: String) {
        let outcome = evaluate { $0.cirSignatureDate = day(signature) }
        #expect(outcome.basis == .protectionHolder)
        #expect(outcome.explanation(.cirSigned).contains(day(signature).french))
        #expect(outcome.explanation(.cirSigned).contains("10 mars 2025"))
    }

    @Test("CIR signed after the referral date is not eligible")
    func cirAfterReferral() {
        let outcome = evaluate { $0.cirSignatureDate = day("2025-03-11") }
        #expect(!outcome.eligible)
        #expect(!outcome.met(.cirSigned))
        #expect(
            outcome.explanation(.cirSigned)
                == "CIR signé le 11 mars 2025, après la date d'orientation du 10 mars 2025 : condition non remplie."
        )
    }

    @Test("No CIR is not eligible")
    func noCIR() {
        let outcome = evaluate { $0.cirSignatureDate = nil }
        #expect(!outcome.eligible)
        #expect(!outcome.met(.cirSigned))
        #expect(
            outcome.explanation(.cirSigned)
                == "CIR non signé à la date d'orientation du 10 mars 2025 : condition non remplie."
        )
    }

    // MARK: Territory

    @Test("Corsica is not covered, even with a deployment date", arguments: ["2A", "2B", "2a", "20"])
    func corsica(code: String) {
        let outcome = evaluate { $0.departementCode = code }
        #expect(!outcome.eligible)
        #expect(!outcome.met(.departementCovered))
        #expect(outcome.explanation(.departementCovered).contains("hors du territoire couvert par AGIR"))
    }

    @Test("Overseas départements are not covered", arguments: ["971", "972", "973", "974", "976"])
    func overseas(code: String) {
        let outcome = evaluate { $0.departementCode = code }
        #expect(!outcome.eligible)
        #expect(!outcome.met(.departementCovered))
    }

    @Test("Deployed the day after the referral date is not eligible")
    func deployedDayAfter() {
        let outcome = evaluate { $0.departementCode = "33" }
        #expect(!outcome.eligible)
        #expect(outcome.met(.departementCovered))
        #expect(!outcome.met(.departementDeployed))
        #expect(
            outcome.explanation(.departementDeployed)
                == "AGIR déployé dans le département 33 le 11 mars 2025, après la date d'orientation du 10 mars 2025 : condition non remplie."
        )
    }

    @Test("Deployed on the referral date is eligible")
    func deployedOnReferral() {
        let outcome = evaluate { $0.departementCode = "59" }
        #expect(outcome.basis == .protectionHolder)
        #expect(
            outcome.explanation(.departementDeployed)
                == "AGIR déployé dans le département 59 le 10 mars 2025, au plus tard à la date d'orientation du 10 mars 2025 : condition remplie."
        )
    }

    @Test("Deployment and referral both on 1 January")
    func deployedAndReferredOnFirstOfJanuary() {
        let outcome = evaluate {
            $0.departementCode = "01"
            $0.referralDate = day("2025-01-01")
            $0.cirSignatureDate = day("2025-01-01")
        }
        #expect(outcome.basis == .protectionHolder)
    }

    @Test("Never deployed is not eligible")
    func neverDeployed() {
        let outcome = evaluate { $0.departementCode = "48" }
        #expect(!outcome.eligible)
        #expect(outcome.met(.departementCovered))
        #expect(!outcome.met(.departementDeployed))
        #expect(
            outcome.explanation(.departementDeployed)
                == "AGIR n'est pas déployé dans le département 48 à la date d'orientation du 10 mars 2025 : condition non remplie."
        )
    }

    @Test("The département code is trimmed and upper-cased before the lookups")
    func normalisedCode() {
        var seen: [String] = []
        let outcome = EligibilityRule.evaluate(
            {
                var input = eligibleRefugee()
                input.departementCode = " 2a "
                return input
            }(),
            deployment: {
                seen.append($0)
                return deployments[$0]
            },
            isCovered: {
                seen.append($0)
                return true
            }
        )
        #expect(seen.sorted() == ["2A", "2A"])
        #expect(outcome.basis == .protectionHolder)
    }

    // MARK: Temporary protection

    @Test("Temporary protection is not eligible")
    func temporary() {
        let outcome = evaluate { $0.protection = .temporary }
        #expect(!outcome.eligible)
        #expect(outcome.basis == .none)
        #expect(!outcome.met(.protectionType))
        #expect(outcome.explanation(.protectionType).contains("Protection temporaire (Ukraine)"))
        #expect(outcome.explanation(.protectionType).contains("exclue d'AGIR"))
    }

    @Test("Temporary protection is not eligible even with the prefect's exception")
    func temporaryWithException() {
        let outcome = evaluate {
            $0.protection = .temporary
            $0.prefectException = true
        }
        #expect(!outcome.eligible)
        #expect(outcome.basis == .none)
        #expect(!outcome.met(.prefectException))
        #expect(outcome.explanation(.prefectException).contains("inapplicable à la protection temporaire"))
    }

    @Test("Temporary protection is not eligible as a joining relative either")
    func temporaryJoiningRelative() {
        let outcome = evaluate {
            $0.protection = .temporary
            $0.joiningRelativeOfEligiblePerson = true
            $0.prefectException = true
        }
        #expect(outcome.basis == .none)
        #expect(!outcome.met(.joiningRelative))
    }

    // MARK: Joining relative

    @Test("A joining relative without protection nor CIR is eligible in a deployed département")
    func joiningRelative() {
        let outcome = evaluate(
            EligibilityInput(
                referralDate: day("2025-03-10"),
                departementCode: "69",
                protection: nil,
                protectionDate: nil,
                cirSignatureDate: nil,
                joiningRelativeOfEligiblePerson: true
            )
        )
        #expect(outcome.eligible)
        #expect(outcome.basis == .joiningRelative)
        #expect(!outcome.met(.protectionType))
        #expect(!outcome.met(.cirSigned))
        #expect(outcome.met(.joiningRelative))
        #expect(outcome.explanation(.protectionType).hasSuffix("Condition non exigée pour un rejoignant."))
        #expect(outcome.explanation(.cirSigned).hasSuffix("Condition non exigée pour un rejoignant."))
    }

    @Test("A joining relative in Corsica is not eligible", arguments: ["2A", "2B"])
    func joiningRelativeInCorsica(code: String) {
        let outcome = evaluate(
            EligibilityInput(
                referralDate: day("2025-03-10"),
                departementCode: code,
                protection: nil,
                protectionDate: nil,
                cirSignatureDate: nil,
                joiningRelativeOfEligiblePerson: true
            )
        )
        #expect(!outcome.eligible)
        #expect(outcome.basis == .none)
    }

    @Test("A joining relative where AGIR is not yet deployed is not eligible", arguments: ["33", "48", "974"])
    func joiningRelativeNotDeployed(code: String) {
        let outcome = evaluate(
            EligibilityInput(
                referralDate: day("2025-03-10"),
                departementCode: code,
                protection: nil,
                protectionDate: nil,
                cirSignatureDate: nil,
                joiningRelativeOfEligiblePerson: true
            )
        )
        #expect(outcome.basis == .none)
    }

    @Test("A joining relative with an old protection is still eligible as a joining relative")
    func joiningRelativeWithOldProtection() {
        let outcome = evaluate {
            $0.protectionDate = day("2020-05-05")
            $0.joiningRelativeOfEligiblePerson = true
        }
        #expect(outcome.basis == .joiningRelative)
    }

    @Test("A joining relative who also meets the general case is reported as a protection holder")
    func generalCaseTakesPrecedence() {
        let outcome = evaluate {
            $0.joiningRelativeOfEligiblePerson = true
            $0.prefectException = true
        }
        #expect(outcome.basis == .protectionHolder)
        #expect(outcome.met(.joiningRelative))
        #expect(outcome.met(.prefectException))
    }

    // MARK: Prefect's exception

    @Test("The prefect's exception overrides an old protection date and says it rests on it")
    func exceptionOverridesOldProtection() {
        let outcome = evaluate {
            $0.protectionDate = day("2019-06-01")
            $0.prefectException = true
        }
        #expect(outcome.eligible)
        #expect(outcome.basis == .prefectException)
        #expect(!outcome.met(.protectionRecent))
        #expect(outcome.met(.prefectException))
        #expect(outcome.summary.contains("uniquement sur exception"))
    }

    @Test("The prefect's exception applies whatever the other conditions, territory included")
    func exceptionOverridesEverything() {
        let outcome = evaluate(
            EligibilityInput(
                referralDate: day("2025-03-10"),
                departementCode: "971",
                protection: nil,
                protectionDate: nil,
                cirSignatureDate: nil,
                prefectException: true
            )
        )
        #expect(outcome.eligible)
        #expect(outcome.basis == .prefectException)
        #expect(outcome.conditions.filter(\.met).map(\.code) == ["prefect_exception"])
    }

    @Test("A joining relative in a covered département does not need the exception")
    func relativeBeforeException() {
        let outcome = evaluate {
            $0.protection = nil
            $0.protectionDate = nil
            $0.joiningRelativeOfEligiblePerson = true
            $0.prefectException = true
        }
        #expect(outcome.basis == .joiningRelative)
    }

    // MARK: Conditions list

    static let variedInputs: [EligibilityInput] = {
        var inputs = [eligibleRefugee()]
        for code in ["2A", "974", "33", "48"] {
            var input = eligibleRefugee()
            input.departementCode = code
            inputs.append(input)
        }
        for kind in [ProtectionKind?.none, .temporary, .stateless] {
            var input = eligibleRefugee()
            input.protection = kind
            inputs.append(input)
        }
        var noDates = eligibleRefugee()
        noDates.protectionDate = nil
        noDates.cirSignatureDate = nil
        noDates.prefectException = true
        inputs.append(noDates)
        var relative = eligibleRefugee()
        relative.protection = nil
        relative.joiningRelativeOfEligiblePerson = true
        inputs.append(relative)
        return inputs
    }()

    @Test("Every condition is always listed once, with its code, in order", arguments: variedInputs)
    func allConditionsPresent(input: EligibilityInput) {
        let outcome = evaluate(input)
        #expect(outcome.conditions.map(\.code) == EligibilityCondition.Code.allCases.map(\.rawValue))
        #expect(
            outcome.conditions.map(\.code) == [
                "protection_type", "protection_recent", "cir_signed", "departement_covered",
                "departement_deployed", "joining_relative", "prefect_exception",
            ]
        )
        #expect(outcome.conditions.allSatisfy { !$0.explanation.isEmpty })
        #expect(
            outcome.conditions.allSatisfy {
                $0.explanation.contains($0.met ? "condition remplie" : "condition non remplie")
            }
        )
        #expect(outcome.eligible == (outcome.basis != .none))
    }

    @Test("Explanations contain the dates used", arguments: variedInputs)
    func explanationsContainDates(input: EligibilityInput) {
        let outcome = evaluate(input)
        let referral = input.referralDate.french
        #expect(outcome.explanation(.protectionRecent).contains(input.protectionDate?.french ?? "1er janvier 2024"))
        #expect(outcome.explanation(.cirSigned).contains(referral))
        #expect(outcome.explanation(.departementDeployed).contains(referral))
        if let deployed = deployments[input.departementCode] {
            #expect(outcome.explanation(.departementDeployed).contains(deployed.french))
        }
        if let cir = input.cirSignatureDate {
            #expect(outcome.explanation(.cirSigned).contains(cir.french))
        }
        #expect(outcome.summary.contains(referral))
    }

    @Test("Conditions encode to JSON with their stable codes")
    func conditionCodable() throws {
        let condition = EligibilityCondition(.cirSigned, met: true, explanation: "x")
        #expect(condition.code == "cir_signed")
        let decoded = try JSONRoundTrip.decode(EligibilityCondition.self, JSONRoundTrip.encode(condition))
        #expect(decoded == condition)
    }
}
