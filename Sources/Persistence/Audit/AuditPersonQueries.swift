import Domain
import SQLKit

/// A person found by name for the data protection officer, with what tells namesakes apart.
public struct AuditPersonMatch: Sendable, Equatable {
    public let personID: String
    public let householdID: String
    public let documentNames: String
    public let usualNames: String
    public let birthYear: Int
    public let departement: String
}

/// Finds people by the name keys duplicate detection uses, so that an access request finds a person whatever the
/// spelling typed.
public enum AuditPersonQueries {
    /// People sharing the most keys with the typed name, within some départements (all when nil).
    public static func candidates(
        keys: [String],
        departements: [String]?,
        limit: Int = 200,
        in sql: any SQLDatabase
    ) async throws -> [AuditPersonMatch] {
        guard !keys.isEmpty else { return [] }
        let within: SQLQueryString =
            departements.map { " AND departement_code IN (\(SQLList($0.map { SQLBind($0) })))" } ?? ""
        let ranked: SQLQueryString =
            "SELECT person_id, COUNT(*) AS hits FROM person_name_keys WHERE name_key IN ("
            + "\(SQLList(keys.map { SQLBind($0) })))" + within
            + " GROUP BY person_id ORDER BY hits DESC, person_id LIMIT \(literal: limit)"
        return try await sql.raw(
            """
            SELECT p.id, p.household_id, p.document_names, p.usual_names, p.birth_year, h.departement_code FROM persons p
            JOIN households h ON h.id = p.household_id JOIN (
            """ + ranked + ") m ON m.person_id = p.id ORDER BY m.hits DESC, p.id"
        ).all().map { row in
            AuditPersonMatch(
                personID: try row.decode(column: "id", as: String.self),
                householdID: try row.decode(column: "household_id", as: String.self),
                documentNames: try row.decode(column: "document_names", as: String.self),
                usualNames: try row.decode(column: "usual_names", as: String.self),
                birthYear: try row.decode(column: "birth_year", as: Int.self),
                departement: try row.decode(column: "departement_code", as: String.self)
            )
        }
    }
}
