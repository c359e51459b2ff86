import Domain
import Testing

@Suite("Contrats territoriaux : territoire, durée et signature")
struct ContractRulesTests {
    static let lyon = Commune(code: "69123", name: "Lyon", departementCode: "69", population: 519_127)
    static let villeurbanne = Commune(code: "69266", name: "Villeurbanne", departementCode: "69", population: nil)
    static let marseille = Commune(code: "13055", name: "Marseille", departementCode: "13", population: nil)

    static func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

    @Test func communeCodesAreReadFromAnySeparatorInCapitalsWithoutRepeats() {
        var errors = FieldErrors()
        #expect(
            ContractRules.communeCodes("69123, 69266;69123\n2a004", field: "c", &errors) == ["69123", "69266", "2A004"]
        )
        #expect(errors.isEmpty)
        #expect(ContractRules.communeCodes("69123 Lyon", field: "c", &errors) == nil)
        #expect(errors["c"] == "« Lyon » n'est pas un code officiel de commune (5 caractères, par exemple 69123).")
    }

    @Test func aContractsCommunesBelongToItsDepartements() {
        var errors = FieldErrors()
        let found = ContractRules.territory(
            codes: ["69123", "13055"],
            found: [Self.lyon, Self.marseille],
            departements: ["69"],
            field: "contractCommunes",
            &errors
        )
        #expect(found == nil)
        #expect(
            errors["contractCommunes"]
                == "Ces communes ne sont pas dans le ou les départements du contrat : Marseille (13055, département 13)."
        )
        errors = FieldErrors()
        #expect(
            ContractRules.territory(
                codes: ["69266", "69123"],
                found: [Self.lyon, Self.villeurbanne],
                departements: ["69"],
                field: "f",
                &errors
            ) == [Self.villeurbanne, Self.lyon]
        )
        #expect(ContractRules.territory(codes: ["69999"], found: [], departements: ["69"], field: "f", &errors) == nil)
        #expect(errors["f"] == "Aucune commune n'a ce code officiel : 69999.")
    }

    @Test func anActionsQPVBelongToTheContractsTerritory() {
        #expect(
            ContractRules.qpvOutside(["QN06913M", "QN01301M"], territory: ["QN06913M", "QN06916M"]) == ["QN01301M"]
        )
        #expect(ContractRules.qpvOutside(["QN06913M"], territory: ["QN06913M"]).isEmpty)
    }

    @Test func aContractEndsAfterItStartsAndACityContractStaysWithin2024And2030() {
        var errors = FieldErrors()
        let fields = (start: "s", end: "e")
        #expect(
            ContractRules.period(startsOn: "2026-01-01", endsOn: "2025-12-31", kind: .ctai, fields: fields, &errors)
                == nil
        )
        #expect(errors["e"] == "La fin du contrat doit venir après son début.")
        errors = FieldErrors()
        #expect(
            ContractRules.period(
                startsOn: "2023-01-01",
                endsOn: "2029-12-31",
                kind: .cityContract,
                fields: fields,
                &errors
            )
                == nil
        )
        #expect(errors["e"]?.hasPrefix("Un contrat de ville de la génération 2024–2030") == true)
        errors = FieldErrors()
        let period = ContractRules.period(
            startsOn: "2024-01-01",
            endsOn: "2030-12-31",
            kind: .cityContract,
            fields: fields,
            &errors
        )
        #expect(period?.years == 2024...2030)
        #expect(ContractRules.period(startsOn: "2026-02-30", endsOn: "", kind: .ptai, fields: fields, &errors) == nil)
    }

    static let facts = SignatureFacts(
        period: ContractPeriod(startsOn: day("2026-01-01"), endsOn: day("2028-12-31")),
        communes: 3,
        localAuthorities: 1,
        axes: 2
    )

    @Test func aContractIsSignedOnAPastDayWithinItsPeriodOnceItHasALocalAuthorityAndAnAxis() {
        var errors = FieldErrors()
        #expect(
            ContractRules.signature("2026-11-20", facts: Self.facts, today: Self.day("2026-11-27"), &errors)
                == Self.day("2026-11-20")
        )
        #expect(ContractRules.signature("2026-11-28", facts: Self.facts, today: Self.day("2026-11-27"), &errors) == nil)
        #expect(errors["signedOn"] == "La date de signature est dans le futur : signez le contrat le jour venu.")
        errors = FieldErrors()
        let bare = SignatureFacts(period: Self.facts.period, communes: 3, localAuthorities: 0, axes: 0)
        #expect(ContractRules.signature("2026-11-20", facts: bare, today: Self.day("2026-11-27"), &errors) == nil)
        #expect(
            errors.messages.map(\.message) == [
                "Ajoutez au moins une collectivité signataire avant de signer.",
                "Ajoutez au moins un axe avant de signer.",
            ]
        )
    }

    @Test func aReviewCannotPrecedeTheSignatureNorLieInTheFuture() {
        let today = Self.day("2026-11-27")
        #expect(
            ContractRules.afterSignature(Self.day("2026-03-01"), signedOn: Self.day("2026-03-02"), today: today)
                == "Cette date précède la signature du contrat (2 mars 2026)."
        )
        #expect(
            ContractRules.afterSignature(Self.day("2026-03-02"), signedOn: Self.day("2026-03-02"), today: today) == nil
        )
        #expect(
            ContractRules.afterSignature(Self.day("2026-11-28"), signedOn: Self.day("2026-03-02"), today: today) != nil
        )
        #expect(
            ContractRules.afterSignature(Self.day("2026-11-01"), signedOn: nil, today: today)
                == "Le contrat n'est pas encore signé."
        )
        var errors = FieldErrors()
        var review = ReviewInput()
        review.heldOn = "2026-03-01"
        review.participants = "Préfecture, Métropole"
        #expect(review.validate(signedOn: Self.day("2026-03-02"), today: today, &errors) == nil)
        #expect(errors["reviewOn"] == "Cette date précède la signature du contrat (2 mars 2026).")
    }

    @Test func aContractOnlyMovesForwardAfterItsSignature() {
        var errors = FieldErrors()
        let today = Self.day("2026-11-27")
        let signed = Self.day("2026-02-01")
        #expect(
            ContractRules.statusChange(
                from: .signed,
                to: .running,
                day: "2026-03-01",
                signedOn: signed,
                today: today,
                &errors
            )?
            .0 == .running
        )
        #expect(
            ContractRules.statusChange(
                from: .running,
                to: .signed,
                day: "2026-03-01",
                signedOn: signed,
                today: today,
                &errors
            ) == nil
        )
        #expect(
            ContractRules.statusChange(
                from: .ended,
                to: .running,
                day: "2026-03-01",
                signedOn: signed,
                today: today,
                &errors
            ) == nil
        )
        errors = FieldErrors()
        #expect(
            ContractRules.statusChange(
                from: .signed,
                to: .ended,
                day: "2026-01-15",
                signedOn: signed,
                today: today,
                &errors
            ) == nil
        )
        #expect(errors["statusOn"] == "Cette date précède la signature du contrat (1er février 2026).")
    }

    @Test func aContractIsInForceFromItsSignatureToItsEndUnlessEndedBefore() {
        let end = Self.day("2028-12-31")
        #expect(
            !ContractRules.inForce(
                on: Self.day("2026-01-31"),
                signedOn: Self.day("2026-02-01"),
                endsOn: end,
                endedOn: nil
            )
        )
        #expect(
            ContractRules.inForce(
                on: Self.day("2026-02-01"),
                signedOn: Self.day("2026-02-01"),
                endsOn: end,
                endedOn: nil
            )
        )
        #expect(ContractRules.inForce(on: end, signedOn: Self.day("2026-02-01"), endsOn: end, endedOn: nil))
        #expect(
            !ContractRules.inForce(
                on: Self.day("2029-01-01"),
                signedOn: Self.day("2026-02-01"),
                endsOn: end,
                endedOn: nil
            )
        )
        #expect(
            !ContractRules.inForce(
                on: Self.day("2027-06-01"),
                signedOn: Self.day("2026-02-01"),
                endsOn: end,
                endedOn: Self.day("2027-06-01")
            )
        )
        #expect(!ContractRules.inForce(on: Self.day("2027-06-01"), signedOn: nil, endsOn: end, endedOn: nil))
    }
}
