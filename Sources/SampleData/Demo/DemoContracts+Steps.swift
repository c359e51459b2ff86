import Domain
import Foundation
import Persistence
import Services

extension DemoContracts {
    /// Creates a contract in preparation with its local authority; returns its identifier.
    func contract(
        kind: ContractKind,
        title: String,
        start: CalendarDay,
        end: CalendarDay,
        communes: [String],
        signatory: (name: String, kind: LocalAuthorityKind, siren: String, signer: String),
        actors: Actors
    ) async throws -> String {
        let contracts = ContractService(environment: environment)
        var input = ContractInput()
        input.kind = kind.rawValue
        input.title = title
        input.departements = ["69"]
        input.startsOn = start.iso
        input.endsOn = end.iso
        input.prefect = "Préfète du Rhône"
        input.communes = communes.joined(separator: ", ")
        let id = try await contracts.create(input: input, actor: actors.prefecture)
        let options = try await contracts.options(actor: actors.prefecture)
        var authority = SignatoryInput()
        authority.authorityKind = signatory.kind.rawValue
        authority.name = signatory.name
        authority.siren = signatory.siren
        authority.signer = signatory.signer
        authority.organisationID =
            signatory.siren == DemoLocalAuthority.siren
            ? options.localAuthorities.first { $0.name == DemoLocalAuthority.name }?.id ?? "" : ""
        try await contracts.addSignatory(contractID: id, input: authority, actor: actors.prefecture)
        return id
    }

    /// Adds the axes and actions, each action with its funding over the contract's years and its indicator with
    /// yearly targets, and results for the years already over.
    func plan(
        _ id: String,
        axes: [(IntegrationDomain, String)],
        actions: [PlannedAction],
        actors: Actors
    ) async throws {
        let contracts = ContractService(environment: environment)
        for (domain, title) in axes {
            var axis = AxisInput()
            axis.domain = domain.rawValue
            axis.title = title
            try await contracts.addAxis(contractID: id, input: axis, actor: actors.prefecture)
        }
        let file = try await contracts.file(id: id, actor: actors.prefecture)
        let leads = try await contracts.options(actor: actors.prefecture).leads
        let organisations = try await environment.database.read { try await OrganisationRecords.all(in: $0) }
        let today = file.today
        let years = file.contract.period.years
        let service = ContractActionService(environment: environment)
        for (index, planned) in actions.enumerated() {
            var action = ContractActionInput()
            action.axisID = file.axes[planned.axis].id
            action.title = planned.title
            let kind = planned.lead
            let lead = kind.flatMap { kind in
                organisations.first {
                    $0.kind == kind && $0.departementCodes.contains("69")
                        && ($0.kind != .localAuthority || $0.name == DemoLocalAuthority.name)
                }
            }
            action.leadOrganisationID = lead.flatMap { lead in leads.first { $0.id == lead.id }?.id } ?? ""
            action.leadName = planned.leadName
            action.partners = planned.partners
            action.audience = planned.audience
            action.qpv = planned.qpv
            action.startsOn = file.contract.period.startsOn.adding(days: 30 + index * 3).iso
            action.endsOn = file.contract.period.endsOn.iso
            let actionID = try await contracts.addAction(contractID: id, input: action, actor: actors.prefecture)
            for (source, euros) in planned.funding {
                var line = ContractFundingInput()
                line.source = source.rawValue
                line.fromYear = String(years.lowerBound)
                line.toYear = String(years.upperBound)
                line.annualAmount = String(euros)
                try await service.addFunding(actionID: actionID, input: line, actor: actors.prefecture)
            }
            var indicator = ActionIndicatorInput()
            indicator.label = planned.indicator.label
            indicator.unit = planned.indicator.unit
            try await service.addIndicator(actionID: actionID, input: indicator, actor: actors.prefecture)
            let indicatorID = try await service.file(actionID: actionID, actor: actors.prefecture).indicators[0].id
            for year in years where year <= today.year + 1 {
                try await figure(.target, actionID, indicatorID, year, planned.indicator.target, actors.prefecture)
                if year < today.year {
                    // Results of years over: between 70 % and 110 % of the target, varying with the action.
                    let result = planned.indicator.target * (70 + (index * 13 + year) % 41) / 100
                    try await figure(.result, actionID, indicatorID, year, result, actors.prefecture)
                }
            }
        }
    }

    func figure(
        _ figure: ContractFundingRecords.Figure,
        _ actionID: String,
        _ indicatorID: String,
        _ year: Int,
        _ value: Int,
        _ actor: AccountSummary
    ) async throws {
        var input = IndicatorFigureInput()
        input.indicatorID = indicatorID
        input.year = String(year)
        input.value = String(value)
        try await ContractActionService(environment: environment).setFigure(
            figure,
            actionID: actionID,
            input: input,
            actor: actor
        )
    }

    /// Writes the partners' analysis, then signs the contract on `day` (the diagnosis of that day is kept).
    func sign(_ id: String, on day: CalendarDay, analysis: String, actors: Actors) async throws {
        let contracts = ContractService(environment: environment)
        if !analysis.isEmpty {
            try await contracts.saveAnalysis(contractID: id, text: analysis, actor: actors.prefecture)
        }
        try await contracts.sign(contractID: id, signedOn: day.iso, actor: actors.prefecture)
    }

    /// Two reviews: the first takes two decisions, the second follows them up and takes one more.
    func reviews(_ id: String, days: [CalendarDay], actors: Actors) async throws {
        let reviews = ContractReviewService(environment: environment)
        var ids: [String] = []
        for day in days {
            var input = ReviewInput()
            input.heldOn = day.iso
            input.participants =
                "Préfète du Rhône, vice-président de la Métropole chargé de l'insertion, DDETS du Rhône, OFII, "
                + "France Travail, porteurs des actions"
            input.summary = "Bilan de l'année écoulée et programmation de l'année suivante."
            ids.append(try await reviews.record(contractID: id, input: input, actor: actors.prefecture))
        }
        let decisions = [
            ("Ouvrir un second atelier sociolinguistique à Saint-Fons", "DDETS du Rhône"),
            ("Réserver des logements sociaux aux réfugiés dans la convention intercommunale", "Métropole de Lyon"),
        ]
        for (text, owner) in decisions {
            var decision = DecisionInput()
            decision.text = text
            decision.owner = owner
            decision.dueOn = days[0].adding(months: 6).iso
            try await reviews.addDecision(reviewID: ids[0], input: decision, actor: actors.prefecture)
        }
        guard ids.count > 1 else { return }
        let first = try await reviews.file(reviewID: ids[1], actor: actors.prefecture).toFollow
        for (index, decision) in first.enumerated() {
            var followUp = FollowUpInput()
            followUp.decisionID = decision.id
            followUp.status = (index == 0 ? DecisionStatus.done : .inProgress).rawValue
            followUp.note = index == 0 ? "Atelier ouvert en septembre." : "Convention en cours de révision."
            try await reviews.followUp(reviewID: ids[1], input: followUp, actor: actors.prefecture)
        }
        var decision = DecisionInput()
        decision.text = "Étendre les permanences d'accès aux droits à Bron"
        decision.owner = "Association Entraide Rhône"
        decision.dueOn = days[1].adding(months: 9).iso
        try await reviews.addDecision(reviewID: ids[1], input: decision, actor: actors.prefecture)
    }
}
