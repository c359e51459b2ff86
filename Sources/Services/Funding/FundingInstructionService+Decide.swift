import Domain
import Foundation
import Persistence
import SQLKit

/// A committee's decision as typed: granted with amounts per year of the plan, or refused with a reason.
public struct FundingDecisionInput: Sendable {
    public var committeeID = ""
    /// "accordee" or "refusee".
    public var outcome = ""
    /// The amount of each year, first year first.
    public var amounts: [String] = []
    public var reason = ""
    /// The BOP manager's authorisation to program beyond what the line has left, with its motive.
    public var overrun = false
    public var overrunReason = ""

    public init() {}
}

extension FundingInstructionService {
    /// Records the committee's decision. Programming beyond what the line has left is refused, unless the BOP manager
    /// (the région's DREETS) authorises it with a motive; the decision, and any overrun, are audited in the same
    /// transaction. The line's row is locked so that two decisions on the last euros are taken one after the other.
    public func decide(applicationID: String, input: FundingDecisionInput, actor: AccountSummary) async throws {
        var errors = FieldErrors()
        let granting = input.outcome == "accordee"
        if !granting && input.outcome != "refusee" { errors.add("outcome", "Choisissez : accordée ou refusée.") }
        let amounts =
            granting
            ? input.amounts.enumerated().map { index, raw in errors.money(raw, field: "amount-\(index)") } : []
        let reason = errors.text(input.reason, field: "reason", kind: .note)
        if !granting && (reason ?? "").isEmpty {
            errors.add("reason", "Motivez le refus : il est notifié à l'association.")
        }
        guard errors.isEmpty else { throw DomainError.invalid(errors) }
        let years = amounts.compactMap { $0 }
        try await environment.database.write { sql in
            let (row, call) = try await instructed(applicationID, actor: actor, in: sql)
            let application = row.application
            guard application.status.awaitsDecision else {
                throw DomainError.conflict("La décision est déjà prise pour cette demande.")
            }
            guard let committee = try await FundingInstructionRecords.committee(id: input.committeeID, in: sql),
                committee.callID == call.id
            else { throw FundingAccess.invalid("committee", "Choisissez le comité qui décide (créez-le d'abord).") }
            let asked = application.summary(callYear: call.year).plan
            var overrunReason: String?
            var conventionRequired = false
            if granting {
                guard years.count == asked.yearlyAmounts.count, !years.contains(.zero) else {
                    throw FundingAccess.invalid(
                        "amount-0",
                        "Indiquez un montant pour chacune des années demandées "
                            + "(\(asked.yearlyAmounts.count))."
                    )
                }
                let plan = GrantPlan(firstYear: call.year, yearlyAmounts: years)
                if plan.total > asked.total {
                    throw FundingAccess.invalid(
                        "amount-0",
                        "Le montant accordé (\(plan.total.french)) dépasse le "
                            + "montant demandé (\(asked.total.french))."
                    )
                }
                guard let line = try await FundingLineRecords.find(id: call.lineID, locking: true, in: sql) else {
                    throw DomainError.notFound
                }
                if !line.execution.canProgram(plan.total) {
                    let reason = input.overrunReason.trimmingCharacters(in: .whitespacesAndNewlines)
                    guard input.overrun, FundingAccess.managesBOP(actor, regionCode: line.regionCode),
                        actor.role == .dreets, !reason.isEmpty
                    else {
                        throw FundingAccess.invalid(
                            "amount-0",
                            "La ligne « \(line.label) » n'a plus que \(line.execution.available.french) à programmer : "
                                + "accorder \(plan.total.french) la dépasserait. Seul le responsable du BOP (DREETS) peut "
                                + "autoriser ce dépassement, avec un motif."
                        )
                    }
                    overrunReason = String(reason.prefix(2_000))
                }
                let others = try await FundingInstructionRecords.grantedSameYear(
                    siret: application.siret ?? "",
                    year: call.year,
                    excluding: application.id,
                    in: sql
                )
                conventionRequired = ConventionRule.isRequired(
                    annualAmount: plan.largestYear,
                    otherGrantsSameYear: others,
                    multiYear: plan.isMultiYear
                )
            }
            try await FundingInstructionRecords.decide(
                applicationID: applicationID,
                committeeID: committee.id,
                grantedYears: granting ? years : nil,
                refusalReason: granting ? nil : reason,
                conventionRequired: conventionRequired,
                overrideReason: overrunReason,
                on: committee.heldOn,
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .fundingDecided,
                recordType: "demande_subvention",
                id: applicationID,
                before: ["statut": application.status.rawValue],
                after: [
                    "statut": granting ? "accordee" : "refusee", "comite": committee.id,
                    "montants": years.map(\.decimal).joined(separator: ","),
                    "convention_obligatoire": conventionRequired ? "oui" : "non",
                    "depassement_autorise": overrunReason,
                ],
                actor: actor,
                in: sql
            )
        }
    }
}
