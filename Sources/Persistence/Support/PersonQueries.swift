import Domain
import SQLKit

/// A person already recorded who might be the one being entered again.
public struct DuplicateCandidate: Sendable, Equatable {
    public let personID: String
    public let householdID: String
    public let documentNames: String
    public let usualNames: String
    public let birthYear: Int
    public let birthMonth: Int?
    public let birthDay: Int?
    public let agdref: String?
    public let referralDate: String?
    public let referralStatus: String?
}

/// Reads people for duplicate detection.
public enum PersonQueries {
    /// People of a département who share a name key or the AGDREF number with the person being entered.
    public static func candidates(
        keys: [String],
        agdref: String?,
        departement: String,
        in sql: any SQLDatabase
    )
        async throws -> [DuplicateCandidate]
    {
        guard !keys.isEmpty || agdref != nil else { return [] }
        let keyList = SQLList(keys.map { SQLBind($0) })
        let byKey: SQLQueryString =
            keys.isEmpty ? "1 = 0" : "p.id IN (SELECT person_id FROM person_name_keys WHERE name_key IN (\(keyList)))"
        let byAgdref: SQLQueryString = agdref.map { "p.agdref = \(bind: $0)" } ?? "1 = 0"
        let query: SQLQueryString = """
            SELECT p.id, p.household_id, p.document_names, p.usual_names, p.birth_year, p.birth_month, p.birth_day,
                   p.agdref, r.referral_date, r.status
            FROM persons p
            JOIN households h ON h.id = p.household_id
            LEFT JOIN referrals r ON r.household_id = h.id
            WHERE h.departement_code = \(bind: departement) AND (
            """ + byKey + " OR " + byAgdref + ") LIMIT 200"
        return try await sql.raw(query).all().map { row in
            DuplicateCandidate(
                personID: try row.decode(column: "id", as: String.self),
                householdID: try row.decode(column: "household_id", as: String.self),
                documentNames: try row.decode(column: "document_names", as: String.self),
                usualNames: try row.decode(column: "usual_names", as: String.self),
                birthYear: try row.decode(column: "birth_year", as: Int.self),
                birthMonth: try row.decode(column: "birth_month", as: Int?.self),
                birthDay: try row.decode(column: "birth_day", as: Int?.self),
                agdref: try row.decode(column: "agdref", as: String?.self),
                referralDate: try row.decode(column: "referral_date", as: String?.self),
                referralStatus: try row.decode(column: "status", as: String?.self)
            )
        }
    }
}
