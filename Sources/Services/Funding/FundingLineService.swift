import Domain
import Foundation
import Persistence

/// Programme 104's budget lines: a DREETS (or national steering) notifies each UO line's allocation and reserve; the
/// other figures are computed from grants, commitments and payments.
public struct FundingLineService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// The lines the actor sees, with their execution: its département's UO, its région's BOP, or every line.
    public func lines(actor: AccountSummary, year: Int? = nil) async throws -> [FundingLineRecord] {
        let filter: LineFilter
        switch (actor.role, actor.scope) {
        case (.national, _): filter = LineFilter(year: year)
        case (.dreets, .region(let code)): filter = LineFilter(year: year, regionCode: code)
        case (.prefecture, .departements(let codes)) where !codes.isEmpty:
            filter = LineFilter(year: year, departementCode: codes[0])
        default: throw DomainError.forbidden
        }
        return try await environment.database.read { try await FundingLineRecords.lines(filter, in: $0) }
    }

    /// One line with its execution, for the steering roles of its territory; "not found" elsewhere.
    public func line(id: String, actor: AccountSummary) async throws -> FundingLineRecord {
        guard let line = try await environment.database.read({ try await FundingLineRecords.find(id: id, in: $0) }),
            FundingAccess.steers(
                actor,
                regionCode: line.regionCode,
                departementCode: line.departementCode.isEmpty ? nil : line.departementCode
            )
        else { throw DomainError.notFound }
        return line
    }

    /// Creates a line of the actor's région (a DREETS) or of any région (national steering); returns its identifier.
    @discardableResult
    public func create(input: FundingLineInput, regionCode: String, actor: AccountSummary) async throws -> String {
        guard FundingAccess.managesBOP(actor, regionCode: regionCode) else { throw DomainError.forbidden }
        let id = environment.ids.makeIdentifier()
        try await environment.database.write { sql in
            var errors = FieldErrors()
            let valid = input.validate(&errors)
            let departements = try await TerritoryQueries.departements(in: sql)
            if !input.departementCode.isEmpty,
                !departements.contains(where: { $0.code == input.departementCode && $0.regionCode == regionCode })
            {
                errors.add("lineDepartement", "Ce département n'est pas dans la région du BOP.")
            }
            guard errors.isEmpty, let valid else { throw DomainError.invalid(errors) }
            let line = NewFundingLine(
                year: valid.year,
                regionCode: regionCode,
                departementCode: valid.departementCode,
                action: valid.action,
                subAction: valid.subAction,
                label: valid.label,
                allocation: valid.allocation,
                reserveBasisPoints: valid.reserveBasisPoints
            )
            let existing = try await FundingLineRecords.lines(
                LineFilter(year: valid.year, regionCode: regionCode, departementCode: valid.departementCode),
                in: sql
            )
            if existing.contains(where: { $0.action == valid.action && $0.subAction == valid.subAction }) {
                throw FundingAccess.invalid("lineSubAction", "Cette ligne existe déjà pour cette année : modifiez-la.")
            }
            try await FundingLineRecords.insert(id: id, line, accountID: actor.id, at: environment.time.now(), in: sql)
            try await environment.audit(
                .fundingLineCreated,
                recordType: "ligne_budgetaire",
                id: id,
                before: [:],
                after: [
                    "annee": "\(valid.year)", "region": regionCode, "uo": valid.departementCode,
                    "action": valid.action.rawValue, "sous_action": valid.subAction.rawValue,
                    "dotation": valid.allocation.decimal, "reserve_pb": "\(valid.reserveBasisPoints)",
                ],
                actor: actor,
                in: sql
            )
        }
        return id
    }

    /// Changes a line's allocation and reserve rate; refused when the usable amount would fall below what is
    /// already programmed.
    public func update(id: String, allocation: String, reserveRate: String, actor: AccountSummary) async throws {
        var errors = FieldErrors()
        let amount = errors.money(allocation, field: "lineAllocation")
        let reserve = ReserveRate.parse(reserveRate, field: "lineReserve", &errors)
        guard errors.isEmpty, let amount, let reserve else { throw DomainError.invalid(errors) }
        try await environment.database.write { sql in
            guard let line = try await FundingLineRecords.find(id: id, locking: true, in: sql),
                FundingAccess.managesBOP(actor, regionCode: line.regionCode)
            else { throw DomainError.notFound }
            var changed = line.execution
            changed.allocation = amount
            changed.reserveBasisPoints = reserve
            if changed.available < .zero {
                throw FundingAccess.invalid(
                    "lineAllocation",
                    "\(line.execution.programmed.french) sont déjà programmés sur cette ligne : la dotation, réserve "
                        + "déduite, ne peut pas descendre en dessous."
                )
            }
            try await FundingLineRecords.update(
                id: id,
                allocation: amount,
                reserveBasisPoints: reserve,
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .fundingLineUpdated,
                recordType: "ligne_budgetaire",
                id: id,
                before: [
                    "dotation": line.execution.allocation.decimal, "reserve_pb": "\(line.execution.reserveBasisPoints)",
                ],
                after: ["dotation": amount.decimal, "reserve_pb": "\(reserve)"],
                actor: actor,
                in: sql
            )
        }
    }
}
