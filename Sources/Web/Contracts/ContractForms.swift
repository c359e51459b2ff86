import Domain
import Services

/// Reads the contracts' forms into the inputs the use cases check.
enum ContractForms {
    static func contract(_ form: FormData) -> ContractInput {
        var input = ContractInput()
        input.kind = form["contractKind"]
        input.title = form.raw("contractTitle")
        input.departements = form.all("contractDepartements")
        input.startsOn = form["contractStart"]
        input.endsOn = form["contractEnd"]
        input.prefect = form.raw("contractPrefect")
        input.communes = form.raw("contractCommunes")
        return input
    }

    static func signatory(_ form: FormData) -> SignatoryInput {
        var input = SignatoryInput()
        input.authorityKind = form["signatoryKind"]
        input.name = form.raw("signatoryName")
        input.siren = form["signatorySiren"]
        input.signer = form.raw("signatorySigner")
        input.organisationID = form["signatoryOrganisation"]
        return input
    }

    static func axis(_ form: FormData) -> AxisInput {
        var input = AxisInput()
        input.domain = form["axisDomain"]
        input.title = form.raw("axisTitle")
        return input
    }

    static func action(_ form: FormData) -> ContractActionInput {
        var input = ContractActionInput()
        input.axisID = form["actionAxis"]
        input.title = form.raw("actionTitle")
        input.leadOrganisationID = form["actionLead"]
        input.leadName = form.raw("actionLeadName")
        input.partners = form.raw("actionPartners")
        input.audience = form.raw("actionAudience")
        input.qpv = form.all("actionQPV")
        input.startsOn = form["actionStart"]
        input.endsOn = form["actionEnd"]
        return input
    }

    static func funding(_ form: FormData) -> ContractFundingInput {
        var input = ContractFundingInput()
        input.source = form["fundingSource"]
        input.fromYear = form["fundingFrom"]
        input.toYear = form["fundingTo"]
        input.annualAmount = form["fundingAmount"]
        input.grantID = form.raw("fundingGrant")
        return input
    }

    static func indicator(_ form: FormData) -> ActionIndicatorInput {
        var input = ActionIndicatorInput()
        input.label = form.raw("indicatorLabel")
        input.unit = form.raw("indicatorUnit")
        return input
    }

    static func figure(_ form: FormData, prefix: String) -> IndicatorFigureInput {
        var input = IndicatorFigureInput()
        input.prefix = prefix
        input.indicatorID = form["\(prefix)Indicator"]
        input.year = form["\(prefix)Year"]
        input.value = form["\(prefix)Value"]
        return input
    }

    static func review(_ form: FormData) -> ReviewInput {
        var input = ReviewInput()
        input.heldOn = form["reviewOn"]
        input.participants = form.raw("reviewParticipants")
        input.summary = form.raw("reviewSummary")
        return input
    }

    static func decision(_ form: FormData) -> DecisionInput {
        var input = DecisionInput()
        input.text = form.raw("decisionText")
        input.owner = form.raw("decisionOwner")
        input.dueOn = form["decisionDue"]
        return input
    }

    static func followUp(_ form: FormData) -> FollowUpInput {
        var input = FollowUpInput()
        input.decisionID = form["decisionID"]
        input.status = form["followUpStatus-\(input.decisionID)"]
        input.note = form.raw("followUpNote-\(input.decisionID)")
        return input
    }
}
