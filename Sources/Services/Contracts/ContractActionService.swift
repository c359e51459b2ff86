import Domain
import Foundation
import Persistence
import SQLKit

/// An action of a contract: its funding lines by year and source, its indicators with yearly targets (set by the
/// prefecture) and results (entered by the prefecture, a signatory or the action's lead).
public struct ContractActionService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// An action with its contract, funding and indicators, and what the viewer may do on it.
    public struct ActionFile: Sendable {
        public let contract: ContractRecord
        public let action: ContractActionRecord
        public let axis: ContractAxis?
        public let qpvNames: [String: String]
        public let lines: [FundingLine]
        public let indicators: [ActionIndicator]
        public let canDraft: Bool
        public let canReport: Bool
        public let today: CalendarDay
    }

    /// The action's page; "not found" when the viewer may not read its contract.
    public func file(actionID: String, actor: AccountSummary) async throws -> ActionFile {
        let contractID = try await environment.database.read {
            try await ContractStructureRecords.contractOfAction(actionID, in: $0)
        }
        guard let contractID else { throw DomainError.notFound }
        let file = try await ContractService(environment: environment).file(id: contractID, actor: actor)
        guard let action = file.actions.first(where: { $0.id == actionID }) else { throw DomainError.notFound }
        return ActionFile(
            contract: file.contract,
            action: action,
            axis: file.axes.first { $0.id == action.axisID },
            qpvNames: file.qpvNames,
            lines: file.lines.filter { $0.actionID == actionID },
            indicators: file.indicators.filter { $0.actionID == actionID },
            canDraft: file.canDraft && file.contract.status != .ended,
            canReport: file.reportableActions.contains(actionID),
            today: file.today
        )
    }

    /// Adds a funding line to an action (prefecture).
    public func addFunding(actionID: String, input: ContractFundingInput, actor: AccountSummary) async throws {
        let now = environment.time.now()
        let id = environment.ids.makeIdentifier()
        try await write(actionID, actor: actor, right: .draft) {
            contract,
            action,
            sql in
            var errors = FieldErrors()
            guard let valid = input.validate(contractYears: contract.period.years, &errors) else {
                throw DomainError.invalid(errors)
            }
            try await ContractFundingRecords.insertLine(
                id: id,
                actionID: action.id,
                contractID: contract.id,
                valid,
                accountID: actor.id,
                at: now,
                in: sql
            )
            try await environment.audit(
                .contractFundingAdded,
                recordType: "action_contrat",
                id: action.id,
                before: [:],
                after: [
                    "financeur": valid.source.rawValue, "de": "\(valid.years.lowerBound)",
                    "a": "\(valid.years.upperBound)", "montant_annuel_centimes": "\(valid.annualAmount.cents)",
                    "subvention": valid.grantID,
                ],
                actor: actor,
                in: sql
            )
        }
    }

    /// Adds an indicator to an action (prefecture).
    public func addIndicator(actionID: String, input: ActionIndicatorInput, actor: AccountSummary) async throws {
        let now = environment.time.now()
        let id = environment.ids.makeIdentifier()
        try await write(actionID, actor: actor, right: .draft) {
            contract,
            action,
            sql in
            var errors = FieldErrors()
            guard let valid = input.validate(&errors) else { throw DomainError.invalid(errors) }
            try await ContractFundingRecords.insertIndicator(
                id: id,
                actionID: action.id,
                contractID: contract.id,
                valid,
                at: now,
                in: sql
            )
            try await environment.audit(
                .contractIndicatorAdded,
                recordType: "action_contrat",
                id: action.id,
                before: [:],
                after: ["indicateur": valid.label, "unite": valid.unit],
                actor: actor,
                in: sql
            )
        }
    }

    /// Sets an indicator's target for a year (prefecture) or enters its result (prefecture, signatory, lead).
    public func setFigure(
        _ figure: ContractFundingRecords.Figure,
        actionID: String,
        input: IndicatorFigureInput,
        actor: AccountSummary
    ) async throws {
        let now = environment.time.now()
        try await write(actionID, actor: actor, right: figure == .target ? .draft : .report) { contract, action, sql in
            let indicators = try await ContractFundingRecords.indicators(contracts: [contract.id], in: sql).filter {
                $0.actionID == action.id
            }
            var errors = FieldErrors()
            guard
                let valid = input.validate(
                    indicators: Set(indicators.map(\.id)),
                    contractYears: contract.period.years,
                    &errors
                )
            else { throw DomainError.invalid(errors) }
            let previous = indicators.first { $0.id == valid.indicatorID }?.figures[valid.year]
            try await ContractFundingRecords.setFigure(
                figure,
                indicatorID: valid.indicatorID,
                year: valid.year,
                value: valid.value,
                accountID: actor.id,
                at: now,
                in: sql
            )
            let old = figure == .target ? previous?.target : previous?.result
            try await environment.audit(
                figure == .target ? .contractTargetSet : .contractResultSet,
                recordType: "action_contrat",
                id: action.id,
                before: ["indicateur": valid.indicatorID, "annee": "\(valid.year)", "valeur": old.map(String.init)],
                after: ["indicateur": valid.indicatorID, "annee": "\(valid.year)", "valeur": "\(valid.value)"],
                actor: actor,
                in: sql
            )
        }
    }

    /// What a change of an action needs: drafting the contract (prefecture), or reporting on the action.
    enum Right {
        case draft
        case report
    }

    /// Runs a change of an action in one transaction: the contract's row is locked, the actor's right checked on
    /// the contract and the action, and an ended contract refused.
    func write(
        _ actionID: String,
        actor: AccountSummary,
        right: Right,
        _ body: (ContractRecord, ContractActionRecord, any SQLDatabase) async throws -> Void
    ) async throws {
        try await environment.database.write { sql in
            guard let contractID = try await ContractStructureRecords.contractOfAction(actionID, in: sql) else {
                throw DomainError.notFound
            }
            let contracts = ContractService(environment: environment)
            let (contract, parties) = try await contracts.locked(
                contractID,
                actor: actor,
                may: { _, _ in true },
                in: sql
            )
            guard
                let action = try await ContractStructureRecords.actions(contracts: [contractID], in: sql).first(where: {
                    $0.id == actionID
                })
            else { throw DomainError.notFound }
            let allowed =
                switch right {
                case .draft: ContractAccess.canDraft(actor, parties)
                case .report: ContractAccess.canReport(actor, parties, actionLead: action.leadOrganisationID)
                }
            guard allowed else { throw DomainError.forbidden }
            try ContractService.requireNotEnded(contract)
            try await body(contract, action, sql)
        }
    }
}
