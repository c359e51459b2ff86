import Domain
import Testing

@Suite("Contrats territoriaux : saisies refusées")
struct ContractInputTests {
    static let period = ContractPeriod(
        startsOn: CalendarDay(iso: "2025-01-01")!,
        endsOn: CalendarDay(iso: "2027-12-31")!
    )

    @Test func aFundingLineCannotEndBeforeItStarts() {
        var input = ContractFundingInput()
        input.source = "p104"
        input.fromYear = "2027"
        input.toYear = "2026"
        input.annualAmount = "25 000"
        var errors = FieldErrors()
        #expect(input.validate(contractYears: 2025...2027, &errors) == nil)
        #expect(
            errors["fundingTo"]
                == "Un financement ne peut pas finir avant de commencer : l'année de fin précède l'année de début."
        )
        input.toYear = "2027"
        errors = FieldErrors()
        let line = input.validate(contractYears: 2025...2027, &errors)
        #expect(line?.years == 2027...2027)
        #expect(line?.annualAmount == Money(euros: 25_000))
    }

    @Test func aFundingLineStaysWithinTheContractsYearsAndOnlyP104PointsAtAGrant() {
        var input = ContractFundingInput()
        input.source = "p147"
        input.fromYear = "2024"
        input.toYear = "2025"
        input.annualAmount = "0"
        input.grantID = "SUB-2025-0001"
        var errors = FieldErrors()
        #expect(input.validate(contractYears: 2025...2027, &errors) == nil)
        #expect(errors["fundingFrom"] == "Choisissez une année du contrat, de 2025 à 2027.")
        #expect(errors["fundingAmount"] == "Saisissez un montant supérieur à zéro.")
        #expect(errors["fundingGrant"] == "Seule une ligne du programme 104 se rattache à une subvention des crédits.")
        input.source = "p104"
        input.fromYear = "2025"
        input.annualAmount = "12 500,50"
        errors = FieldErrors()
        #expect(input.validate(contractYears: 2025...2027, &errors)?.grantID == "SUB-2025-0001")
    }

    static func action(qpv: [String], start: String = "2025-03-01", end: String = "2027-06-30") -> ContractActionInput {
        var input = ContractActionInput()
        input.axisID = "axe-1"
        input.title = "Ateliers sociolinguistiques"
        input.leadOrganisationID = "asso"
        input.audience = "Primo-arrivants"
        input.qpv = qpv
        input.startsOn = start
        input.endsOn = end
        return input
    }

    static let context = ContractActionInput.Context(
        axes: ["axe-1"],
        period: period,
        territoryQPV: ["QN06913M", "QN06916M"],
        organisations: ["asso": "Association Entraide Rhône"]
    )

    @Test func anActionServesOnlyQPVOfTheContractsTerritory() {
        var errors = FieldErrors()
        #expect(Self.action(qpv: ["QN06913M", "QN01301M"]).validate(Self.context, &errors) == nil)
        #expect(errors["actionQPV"] == "Ces quartiers ne sont pas dans le territoire du contrat : QN01301M.")
        errors = FieldErrors()
        let valid = Self.action(qpv: ["QN06916M", "QN06913M"]).validate(Self.context, &errors)
        #expect(valid?.qpv == ["QN06913M", "QN06916M"])
        #expect(valid?.leadName == "Association Entraide Rhône")
    }

    @Test func anActionsDatesAreInOrderAndWithinTheContract() {
        var errors = FieldErrors()
        #expect(Self.action(qpv: [], start: "2026-06-01", end: "2026-05-31").validate(Self.context, &errors) == nil)
        #expect(errors["actionEnd"] == "La fin de l'action ne peut pas précéder son début.")
        errors = FieldErrors()
        #expect(Self.action(qpv: [], end: "2028-01-31").validate(Self.context, &errors) == nil)
        #expect(errors["actionEnd"]?.hasPrefix("Les dates de l'action doivent tenir dans la durée du contrat") == true)
    }

    @Test func anActionHasALeadInParcoursOrANamedOne() {
        var input = Self.action(qpv: [])
        input.leadOrganisationID = ""
        var errors = FieldErrors()
        #expect(input.validate(Self.context, &errors) == nil)
        #expect(errors["actionLead"] != nil)
        input.leadName = "Centre social Henri-Barbusse"
        errors = FieldErrors()
        #expect(input.validate(Self.context, &errors)?.leadOrganisationID == nil)
    }

    @Test func aDecisionIsDueNoEarlierThanItsReviewAndIsFollowedUpOnALaterOne() {
        let review = CalendarDay(iso: "2026-03-10")!
        var decision = DecisionInput()
        decision.text = "Ouvrir un atelier à Saint-Fons"
        decision.owner = "DDETS du Rhône"
        decision.dueOn = "2026-03-09"
        var errors = FieldErrors()
        #expect(decision.validate(reviewOn: review, &errors) == nil)
        #expect(errors["decisionDue"] == "L'échéance ne peut pas précéder le comité (10 mars 2026).")
        var followUp = FollowUpInput()
        followUp.decisionID = "d1"
        followUp.status = "realisee"
        errors = FieldErrors()
        #expect(followUp.validate(decisions: ["d1": review], reviewOn: review, &errors) == nil)
        #expect(
            errors["followUpStatus-d1"] == "Une décision se suit lors d'un comité postérieur à celui qui l'a prise."
        )
        errors = FieldErrors()
        #expect(
            followUp.validate(decisions: ["d1": review], reviewOn: review.adding(years: 1), &errors)?.status == .done
        )
    }

    @Test func aSignatoryHasAValidSIRENAndAContractTheDepartementsOfItsAuthor() {
        var signatory = SignatoryInput()
        signatory.authorityKind = "metropole"
        signatory.name = "Métropole de Lyon"
        signatory.siren = "200 046 978"
        signatory.signer = "Président"
        var errors = FieldErrors()
        #expect(signatory.validate(organisations: [], &errors) == nil)
        #expect(
            errors["signatorySiren"]
                == "Ce SIREN n'existe pas : sa clé de contrôle est fausse. Vérifiez chaque chiffre."
        )
        signatory.siren = "200 046 977"
        errors = FieldErrors()
        #expect(signatory.validate(organisations: [], &errors)?.siren == "200046977")
        var contract = ContractInput()
        contract.kind = "ctai"
        contract.title = "CTAI"
        contract.prefect = "Préfète du Rhône"
        contract.departements = ["13"]
        contract.startsOn = "2026-01-01"
        contract.endsOn = "2028-12-31"
        contract.communes = "13055"
        errors = FieldErrors()
        #expect(contract.validate(allowedDepartements: ["69"], &errors) == nil)
        #expect(errors["contractDepartements"] == "Vous ne pouvez préparer un contrat que dans vos départements.")
    }
}
