import Domain
import Foundation
import Persistence
import SQLKit

/// The money of a grant: its convention, its legal commitment (AE) and its payments (CP). Each step locks the rows
/// it decides on and writes its audit event in the same transaction.
public struct FundingMoneyService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// Records the signature of a granted application's convention.
    public func signConvention(
        applicationID: String,
        signedOn: String,
        reference: String,
        actor: AccountSummary
    )
        async throws
    {
        var errors = FieldErrors()
        let day = CalendarDay(iso: signedOn)
        if day == nil { errors.add("conventionDate", "Choisissez la date de signature (AAAA-MM-JJ).") }
        let reference = errors.text(
            reference,
            field: "conventionReference",
            kind: .name,
            required: "Indiquez la référence de la convention."
        )
        guard errors.isEmpty, let day, let reference else { throw DomainError.invalid(errors) }
        try await environment.database.write { sql in
            let (row, _) = try await FundingInstructionService(environment: environment).instructed(
                applicationID,
                actor: actor,
                in: sql
            )
            guard row.application.status == .granted else {
                throw DomainError.conflict("Seule une subvention accordée a une convention.")
            }
            guard row.application.conventionSignedOn == nil else {
                throw DomainError.conflict("La convention est déjà signée.")
            }
            if let decided = row.application.decidedOn, day < decided {
                throw FundingAccess.invalid(
                    "conventionDate",
                    "La convention ne peut précéder la décision du \(decided.french)."
                )
            }
            try await FundingInstructionRecords.signConvention(
                applicationID: applicationID,
                on: day,
                reference: reference,
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .fundingConventionSigned,
                recordType: "demande_subvention",
                id: applicationID,
                before: [:],
                after: ["signee_le": day.iso, "reference": reference],
                actor: actor,
                in: sql
            )
        }
    }

    /// Commits the grant's whole AE on its award year's line under the Chorus legal commitment number. Above 23 000 €
    /// (or for a CPO) the convention must be signed first.
    public func commit(
        applicationID: String,
        legalNumber: String,
        committedOn: String,
        actor: AccountSummary
    )
        async throws
    {
        var errors = FieldErrors()
        let number = legalNumber.filter { !$0.isWhitespace }
        if number.count != 10 || !number.allSatisfy({ ("0"..."9").contains($0) }) {
            errors.add("legalNumber", "Le numéro d'engagement juridique (EJ) de Chorus compte 10 chiffres.")
        }
        let day = CalendarDay(iso: committedOn)
        if day == nil { errors.add("committedOn", "Choisissez la date de l'engagement (AAAA-MM-JJ).") }
        guard errors.isEmpty, let day else { throw DomainError.invalid(errors) }
        try await environment.database.write { sql in
            let (row, call) = try await FundingInstructionService(environment: environment).instructed(
                applicationID,
                actor: actor,
                in: sql
            )
            let application = row.application
            guard application.status == .granted, let plan = application.plan(callYear: call.year) else {
                throw DomainError.conflict("Seule une subvention accordée s'engage.")
            }
            if application.conventionRequired && application.conventionSignedOn == nil {
                throw FundingAccess.invalid(
                    "legalNumber",
                    "Une convention est obligatoire pour cette subvention (plus de 23 000 € par an, ou pluriannuelle) : "
                        + "enregistrez sa signature avant l'engagement."
                )
            }
            guard try await FundingMoneyRecords.commitment(applicationID: applicationID, locking: true, in: sql) == nil
            else { throw DomainError.conflict("Cette subvention est déjà engagée.") }
            if try await FundingMoneyRecords.legalNumberExists(number, in: sql) {
                throw FundingAccess.invalid("legalNumber", "Ce numéro d'engagement juridique est déjà utilisé.")
            }
            guard let line = try await FundingLineRecords.find(id: call.lineID, locking: true, in: sql) else {
                throw DomainError.notFound
            }
            guard day.year == line.year else {
                throw FundingAccess.invalid(
                    "committedOn",
                    "Les AE d'une subvention de \(line.year) s'engagent en \(line.year), sur la ligne de l'année d'attribution."
                )
            }
            let commitment = CommitmentRecord(
                id: environment.ids.makeIdentifier(),
                applicationID: applicationID,
                lineID: line.id,
                legalNumber: number,
                legalAct: application.conventionSignedOn == nil ? "arrete" : "convention",
                amount: plan.commitmentAuthorisations(in: line.year),
                committedOn: day
            )
            try await FundingMoneyRecords.insertCommitment(
                commitment,
                accountID: actor.id,
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .fundingCommitted,
                recordType: "demande_subvention",
                id: applicationID,
                before: ["ae_engagees_ligne": line.execution.committed.decimal],
                after: [
                    "engagement": commitment.id, "numero_ej": number, "montant": commitment.amount.decimal,
                    "ligne": line.id, "ae_engagees_ligne": (line.execution.committed + commitment.amount).decimal,
                ],
                actor: actor,
                in: sql
            )
        }
    }
}
