import Domain
import Foundation
import Persistence
import SQLKit
import Services

extension BenchMeasurements {
    /// The page of the contract with the most actions and the national steering page of contracts, beside the
    /// queries behind them.
    func contracts() async throws -> [BenchRow] {
        let database = environment.database
        guard
            let found = try await database.read({ sql in
                try await sql.raw(
                    """
                    SELECT contract_id, COUNT(*) AS n FROM contract_actions GROUP BY contract_id
                    ORDER BY n DESC, contract_id LIMIT 1
                    """
                ).first()?.decode(column: "contract_id", as: String.self)
            })
        else { throw BenchError("aucun contrat territorial : lancez `parcours seed` avec cette version") }
        let id = found
        let contract = try await sql {
            _ = try await database.read { sql in
                (
                    try await ContractRecords.find(id: id, in: sql),
                    try await ContractStructureRecords.actions(contracts: [id], in: sql),
                    try await ContractFundingRecords.lines(contracts: [id], in: sql),
                    try await ContractFundingRecords.indicators(contracts: [id], in: sql),
                    try await ContractSnapshotRecords.snapshots(contractID: id, in: sql)
                )
            }
        }
        let today = environment.time.todayInMetropolitanFrance()
        let steering = try await sql {
            _ = try await database.read { sql in
                (
                    try await ContractRecords.all(in: sql),
                    try await ContractFundingRecords.lines(contracts: nil, in: sql),
                    try await PlaceQueries.cirSignatories(on: today, departements: nil, in: sql)
                )
            }
        }
        return [
            BenchRow(
                name: "Page d'un contrat territorial (HTTP)",
                measured: try await http(port: appPort, path: "/ctai/\(id)", session: national),
                floorName: "requêtes du contrat, de ses actions, financements et diagnostics",
                floor: contract,
                bar: 50
            ),
            BenchRow(
                name: "Pilotage national des contrats avec carte (HTTP)",
                measured: try await http(port: appPort, path: "/ctai/pilotage/france", session: national),
                floorName: "requêtes des contrats, financements et signataires du CIR",
                floor: steering,
                bar: 100
            ),
        ]
    }
}
