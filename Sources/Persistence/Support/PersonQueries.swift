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
    /// The most candidates a search returns: those sharing the most name keys come first, so that a common given
    /// name never pushes the real duplicate out of the list.
    public static let candidateLimit = 200

    /// People of a département who share name keys or the AGDREF number with the person being entered.
    public static func candidates(
        keys: [String],
        agdref: String?,
        departement: String,
        in sql: any SQLDatabase
    )
        async throws -> [DuplicateCandidate]
    {
        guard !keys.isEmpty || agdref != nil else { return [] }
        var found: [DuplicateCandidate] = []
        if let agdref {
            found += try await sql.raw(
                select + """
                     JOIN households h ON h.id = p.household_id
                    WHERE p.agdref = \(bind: agdref) AND h.departement_code = \(bind: departement)
                    """
            ).all().map(candidate)
        }
        if !keys.isEmpty {
            let ranked: SQLQueryString = """
                SELECT person_id, COUNT(*) AS hits FROM person_name_keys
                WHERE departement_code = \(bind: departement) AND name_key IN (\(SQLList(keys.map { SQLBind($0) })))
                GROUP BY person_id ORDER BY hits DESC, person_id LIMIT \(literal: candidateLimit)
                """
            let seen = Set(found.map(\.personID))
            found += try await sql.raw(
                select + " JOIN (" + ranked + ") m ON m.person_id = p.id ORDER BY m.hits DESC, p.id"
            ).all().map(candidate).filter { !seen.contains($0.personID) }
        }
        return found
    }

    static let select: SQLQueryString = """
        SELECT p.id, p.household_id, p.document_names, p.usual_names, p.birth_year, p.birth_month, p.birth_day,
               p.agdref, r.referral_date, r.status
        FROM persons p
        LEFT JOIN referrals r ON r.household_id = p.household_id
        """

    static func candidate(_ row: any SQLRow) throws -> DuplicateCandidate {
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
