import Domain
import Foundation
import SQLKit

/// SQL for the diagnosis of a household.
public enum DiagnosisRecords {
    /// The diagnosis, without the restricted domains unless `includeRestricted`.
    public static func entries(
        householdID: String,
        includeRestricted: Bool,
        in sql: any SQLDatabase
    ) async throws
        -> [DiagnosisEntry]
    {
        try await sql.raw(
            "SELECT domain, situation, need, note FROM diagnoses WHERE household_id = \(bind: householdID)"
        ).all().compactMap { row in
            guard let domain = DiagnosisDomain(rawValue: try row.decode(column: "domain", as: String.self)),
                let need = NeedLevel(rawValue: try row.decode(column: "need", as: String.self)),
                includeRestricted || !domain.isRestricted
            else { return nil }
            return DiagnosisEntry(
                domain: domain,
                situation: try row.decode(column: "situation", as: String.self),
                need: need,
                note: try row.decode(column: "note", as: String.self)
            )
        }
    }

    /// Writes (or replaces) one domain.
    public static func save(
        _ entry: DiagnosisEntry,
        householdID: String,
        accountID: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            "DELETE FROM diagnoses WHERE household_id = \(bind: householdID) AND domain = \(bind: entry.domain.rawValue)"
        ).run()
        try await sql.raw(
            """
            INSERT INTO diagnoses (household_id, domain, situation, need, note, account_id, updated_at)
            VALUES (\(bind: householdID), \(bind: entry.domain.rawValue), \(bind: entry.situation),
                    \(bind: entry.need.rawValue), \(bind: entry.note), \(bind: accountID), \(bind: Timestamp.format(now)))
            """
        ).run()
    }
}
