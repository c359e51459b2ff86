import Domain
import Foundation
import Persistence
import SQLKit

/// A payment as typed by the agent.
public struct PaymentInput: Sendable {
    /// "avance" or "solde".
    public var kind = ""
    /// The year of the plan paid (0 for the first).
    public var planYear = "0"
    public var amount = ""
    public var paidOn = ""
    /// The Chorus payment request number (n° DP), when known.
    public var requestNumber = ""

    public init() {}
}

extension FundingMoneyService {
    /// Pays part of a committed grant from the line of the payment's year. The commitment's row is locked first
    /// (`SELECT … FOR UPDATE` on PostgreSQL), so two payments racing for its last euros are decided one after the
    /// other: the second sees the first and is refused if it would go beyond the commitment.
    public func pay(applicationID: String, input: PaymentInput, actor: AccountSummary) async throws {
        var errors = FieldErrors()
        let kind = PaymentKind(rawValue: input.kind)
        if kind == nil { errors.add("paymentKind", "Choisissez : avance ou solde.") }
        let planYear = errors.integer(
            input.planYear,
            field: "planYear",
            in: 0...(GrantPlan.maximumYears - 1),
            message: "Choisissez l'année de la subvention."
        )
        let amount = errors.money(input.amount, field: "paymentAmount")
        let day = CalendarDay(iso: input.paidOn)
        if day == nil { errors.add("paidOn", "Choisissez la date du paiement (AAAA-MM-JJ).") }
        let request = input.requestNumber.filter { !$0.isWhitespace }
        if !request.isEmpty && (request.count != 10 || !request.allSatisfy({ ("0"..."9").contains($0) })) {
            errors.add("requestNumber", "Le numéro de demande de paiement (DP) compte 10 chiffres, ou laissez vide.")
        }
        guard errors.isEmpty, let kind, let planYear, let amount, let day else { throw DomainError.invalid(errors) }
        try await environment.database.write { sql in
            guard
                let commitment = try await FundingMoneyRecords.commitment(
                    applicationID: applicationID,
                    locking: true,
                    in: sql
                )
            else {
                throw FundingAccess.invalid(
                    "paymentAmount",
                    "Engagez d'abord la subvention : rien n'est payé avant l'engagement."
                )
            }
            let (row, call) = try await FundingInstructionService(environment: environment).instructed(
                applicationID,
                actor: actor,
                in: sql
            )
            guard let plan = row.application.plan(callYear: call.year), planYear < plan.yearlyAmounts.count else {
                throw FundingAccess.invalid("planYear", "Cette année ne fait pas partie de la subvention.")
            }
            guard let committedLine = try await FundingLineRecords.find(id: commitment.lineID, in: sql),
                let line = try await FundingLineRecords.sibling(
                    of: committedLine,
                    year: day.year,
                    locking: true,
                    in: sql
                )
            else {
                throw FundingAccess.invalid(
                    "paidOn",
                    "Aucune ligne de \(day.year) n'existe pour cette UO, cette action et cette sous-action : le responsable "
                        + "du BOP doit d'abord la créer."
                )
            }
            let payments = try await FundingMoneyRecords.payments(applicationID: applicationID, in: sql)
            let paid = Money.sum(payments.map(\.amount))
            let paidThisYear = Money.sum(payments.filter { $0.planYear == planYear }.map(\.amount))
            let reports = try await FundingReportRecords.reports(applicationID: applicationID, in: sql)
            let accepted = reports.contains { $0.planYear == planYear && $0.accepted }
            if let problem = PaymentRule.check(
                amount: amount,
                committed: commitment.amount,
                alreadyPaid: paid,
                paymentCreditsLeft: line.execution.paymentCreditsLeft,
                isBalance: kind == .balance,
                reportAccepted: accepted
            ) {
                throw FundingAccess.invalid("paymentAmount", problem.message)
            }
            let yearAmount = plan.yearlyAmounts[planYear]
            if paidThisYear + amount > yearAmount {
                throw FundingAccess.invalid(
                    "paymentAmount",
                    "Ce paiement dépasse le montant de l'année \(planYear + 1) (\(yearAmount.french)) : il en reste "
                        + "\((yearAmount - paidThisYear).french)."
                )
            }
            if day < commitment.committedOn {
                throw FundingAccess.invalid(
                    "paidOn",
                    "Un paiement ne peut précéder l'engagement du \(commitment.committedOn.french)."
                )
            }
            let payment = PaymentRecord(
                id: environment.ids.makeIdentifier(),
                commitmentID: commitment.id,
                applicationID: applicationID,
                lineID: line.id,
                kind: kind,
                planYear: planYear,
                amount: amount,
                paidOn: day,
                requestNumber: request.isEmpty ? nil : request
            )
            try await FundingMoneyRecords.insertPayment(
                payment,
                accountID: actor.id,
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .fundingPaid,
                recordType: "demande_subvention",
                id: applicationID,
                before: ["paye": paid.decimal, "cp_payes_ligne": line.execution.paid.decimal],
                after: [
                    "paiement": payment.id, "nature": kind.rawValue, "montant": amount.decimal,
                    "paye": (paid + amount).decimal, "ligne": line.id,
                    "cp_payes_ligne": (line.execution.paid + amount).decimal, "numero_dp": payment.requestNumber,
                ],
                actor: actor,
                in: sql
            )
        }
    }
}
