import Domain
import Persistence

extension ContractService {
    /// A contract's shared diagnosis computed live on the département's current day, beside its snapshots.
    public func diagnosis(id: String, actor: AccountSummary) async throws -> (ContractFile, TerritoryDiagnosis) {
        let file = try await file(id: id, actor: actor)
        let live = try await environment.database.read { sql in
            try await TerritoryDiagnosisBuilder.compute(
                communes: file.communes.map(\.code),
                departements: file.contract.departements,
                on: file.today,
                in: sql
            )
        }
        return (file, live)
    }
}
