import Domain
import Foundation
import Persistence
import SQLKit

extension ContractService {
    /// Signs a contract in preparation on a past day: the shared diagnosis of that day is kept as its first
    /// snapshot, with the analysis written so far. The contract's row is locked first, so that two signatures
    /// cannot both pass.
    public func sign(contractID: String, signedOn raw: String, actor: AccountSummary) async throws {
        let now = environment.time.now()
        let snapshotID = environment.ids.makeIdentifier()
        try await environment.database.write { sql in
            let (contract, _) = try await locked(contractID, actor: actor, may: ContractAccess.canDraft, in: sql)
            guard contract.status == .preparation else {
                throw DomainError.conflict("Ce contrat est déjà signé (le \(contract.signedOn?.french ?? "–")).")
            }
            let communes = try await ContractTerritoryRecords.communes(contractID: contractID, in: sql)
            let signatories = try await ContractStructureRecords.signatories(contractID: contractID, in: sql)
            let axes = try await ContractStructureRecords.axes(contracts: [contractID], in: sql)[contractID] ?? []
            var errors = FieldErrors()
            guard
                let day = ContractRules.signature(
                    raw,
                    facts: SignatureFacts(
                        period: contract.period,
                        communes: communes.count,
                        localAuthorities: signatories.filter { !$0.isState }.count,
                        axes: axes.count
                    ),
                    today: environment.time.today(inDepartement: contract.departement),
                    &errors
                )
            else { throw DomainError.invalid(errors) }
            try await ContractRecords.setStatus(id: contractID, .signed, on: day, at: now, in: sql)
            let diagnosis = try await TerritoryDiagnosisBuilder.compute(
                communes: communes.map(\.code),
                departements: contract.departements,
                on: day,
                in: sql
            )
            try await ContractSnapshotRecords.insert(
                id: snapshotID,
                contractID: contractID,
                occasion: .signature,
                reviewID: nil,
                diagnosis: diagnosis,
                analysis: contract.analysis,
                at: now,
                in: sql
            )
            try await environment.audit(
                .contractSigned,
                recordType: "contrat",
                id: contractID,
                before: ["etat": contract.status.rawValue],
                after: ["etat": ContractStatus.signed.rawValue, "signe_le": day.iso, "instantane": snapshotID],
                actor: actor,
                in: sql
            )
        }
    }

    /// Moves a signed contract on: its implementation starts, or it ends.
    public func changeStatus(contractID: String, target: String, day raw: String, actor: AccountSummary) async throws {
        let now = environment.time.now()
        try await environment.database.write { sql in
            let (contract, _) = try await locked(contractID, actor: actor, may: ContractAccess.canDraft, in: sql)
            var errors = FieldErrors()
            guard
                let change = ContractRules.statusChange(
                    from: contract.status,
                    to: ContractStatus(rawValue: target),
                    day: raw,
                    signedOn: contract.signedOn,
                    today: environment.time.today(inDepartement: contract.departement),
                    &errors
                )
            else { throw DomainError.invalid(errors) }
            let (status, day) = change
            try await ContractRecords.setStatus(id: contractID, status, on: day, at: now, in: sql)
            try await environment.audit(
                .contractStatusChanged,
                recordType: "contrat",
                id: contractID,
                before: ["etat": contract.status.rawValue],
                after: ["etat": status.rawValue, "le": day.iso],
                actor: actor,
                in: sql
            )
        }
    }

    /// Replaces the partners' written analysis of the shared diagnosis.
    public func saveAnalysis(contractID: String, text raw: String, actor: AccountSummary) async throws {
        let now = environment.time.now()
        try await environment.database.write { sql in
            let (contract, _) = try await locked(
                contractID,
                actor: actor,
                may: ContractAccess.canWriteAnalysis,
                in: sql
            )
            try Self.requireNotEnded(contract)
            var errors = FieldErrors()
            guard let text = errors.text(raw, field: "analysis", kind: .longText) else {
                throw DomainError.invalid(errors)
            }
            try await ContractRecords.setAnalysis(id: contractID, text, at: now, in: sql)
            try await environment.audit(
                .contractAnalysisUpdated,
                recordType: "contrat",
                id: contractID,
                before: ["analyse": contract.analysis],
                after: ["analyse": text],
                actor: actor,
                in: sql
            )
        }
    }
}
