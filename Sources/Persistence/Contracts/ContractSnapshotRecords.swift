import Domain
import Foundation
import SQLKit

/// A dated snapshot of the shared diagnosis, taken at signature or at a review, with the analysis of that time.
public struct ContractSnapshot: Sendable, Equatable {
    /// Why the snapshot was taken.
    public enum Occasion: String, Sendable {
        case signature
        case review = "revue"
    }

    public let id: String
    public let occasion: Occasion
    public let reviewID: String?
    public let diagnosis: TerritoryDiagnosis
    public let analysis: String
}

/// SQL for the diagnosis snapshots (the counts are kept as JSON, the layout versioned inside).
public enum ContractSnapshotRecords {
    /// Keeps a snapshot.
    public static func insert(
        id: String,
        contractID: String,
        occasion: ContractSnapshot.Occasion,
        reviewID: String?,
        diagnosis: TerritoryDiagnosis,
        analysis: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        let figures = try encode(diagnosis)
        try await sql.raw(
            """
            INSERT INTO contract_snapshots (id, contract_id, occasion, review_id, taken_on, figures, analysis,
                created_at)
            VALUES (\(bind: id), \(bind: contractID), \(bind: occasion.rawValue), \(bind: reviewID),
                \(bind: diagnosis.day.iso), \(bind: figures), \(bind: analysis), \(bind: Timestamp.format(now)))
            """
        ).run()
    }

    /// The stored form of a diagnosis: JSON with sorted keys.
    public static func encode(_ diagnosis: TerritoryDiagnosis) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(diagnosis), as: UTF8.self)
    }

    /// A contract's snapshots, oldest first.
    public static func snapshots(contractID: String, in sql: any SQLDatabase) async throws -> [ContractSnapshot] {
        try await sql.raw(
            """
            SELECT * FROM contract_snapshots WHERE contract_id = \(bind: contractID) ORDER BY taken_on, created_at, id
            """
        ).all().map { row in
            let id = try row.decode(column: "id", as: String.self)
            guard
                let occasion = ContractSnapshot.Occasion(rawValue: try row.decode(column: "occasion", as: String.self))
            else { throw ContractDataError(id: id) }
            let figures = try row.decode(column: "figures", as: String.self)
            return ContractSnapshot(
                id: id,
                occasion: occasion,
                reviewID: try row.decode(column: "review_id", as: String?.self),
                diagnosis: try JSONDecoder().decode(TerritoryDiagnosis.self, from: Data(figures.utf8)),
                analysis: try row.decode(column: "analysis", as: String.self)
            )
        }
    }
}
