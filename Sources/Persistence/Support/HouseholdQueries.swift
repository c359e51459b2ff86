import Domain
import SQLKit

/// A household in a caseload list.
public struct HouseholdSummary: Sendable, Equatable {
    public let id: String
    public let departement: String
    public let referenceNames: String
    public let birthYear: Int
    public let stage: HouseholdStage
    public let caseworkerName: String?
    public let caseworkerID: String?
    public let referralDate: CalendarDay?
    public let cirSignatureDate: CalendarDay?
    public let welcomeInterview: CalendarDay?
    public let contractSigned: CalendarDay?
}

/// A member of a household as the household file shows them.
public struct HouseholdMember: Sendable, Equatable {
    public let id: String
    public let isReference: Bool
    public let documentNames: String
    public let usualNames: String
    public let birthYear: Int
    public let birthMonth: Int?
    public let birthDay: Int?
    public let sex: String
    public let nationality: String
    public let protection: String?
    public let protectionAuthority: String?
    public let protectionDate: CalendarDay?
    public let cirSignatureDate: CalendarDay?
    public let agdref: String?
    public let joiningRelative: Bool
    public let relation: String?
    public let arrivedOn: CalendarDay?
}

/// Reads households within the viewer's reach: a record outside it is "not found".
public enum HouseholdQueries {
    static func scope(_ viewer: AccountSummary) -> SQLQueryString {
        switch (viewer.role, viewer.scope) {
        case (.responsable, _):
            return "h.operator_organisation_id = \(bind: viewer.organisationID)"
        case (.referent, .departements(let codes)):
            return "h.operator_organisation_id = \(bind: viewer.organisationID) AND h.departement_code IN ("
                + "\(SQLList(codes.map { SQLBind($0) })))"
        default:
            return "1 = 0"
        }
    }

    static let select: SQLQueryString = """
        SELECT h.id, h.departement_code, h.stage, p.document_names, p.birth_year, p.cir_signed_on,
               h.welcome_interview_on, h.contract_signed_on,
               cw.display_name AS caseworker_name, h.caseworker_account_id, h.referral_date
        FROM households h
        JOIN persons p ON p.household_id = h.id AND p.is_reference = \(bind: true)
        LEFT JOIN accounts cw ON cw.id = h.caseworker_account_id
        """

    /// One household, if the viewer may open it. With `locking`, inside a write transaction, its row stays as read
    /// until the transaction ends (PostgreSQL), so that the decision taken on it still holds when writing.
    public static func find(
        id: String,
        viewer: AccountSummary,
        locking: Bool = false,
        in sql: any SQLDatabase
    ) async throws -> HouseholdSummary? {
        let query: SQLQueryString =
            select + " WHERE h.id = \(bind: id) AND " + scope(viewer) + (locking ? sql.lockingRows(of: "h") : "")
        return try await sql.raw(query).first().map(summary)
    }

    /// The members of a household, reference person first.
    public static func members(householdID: String, in sql: any SQLDatabase) async throws -> [HouseholdMember] {
        try await sql.raw(
            """
            SELECT id, is_reference, document_names, usual_names, birth_year, birth_month, birth_day, sex, nationality,
                   protection, protection_authority, protection_date, cir_signed_on, agdref, joining_relative,
                   relation, arrived_on
            FROM persons WHERE household_id = \(bind: householdID) ORDER BY is_reference DESC, birth_year, id
            """
        ).all().map { row in
            HouseholdMember(
                id: try row.decode(column: "id", as: String.self),
                isReference: try row.decode(column: "is_reference", as: Bool.self),
                documentNames: try row.decode(column: "document_names", as: String.self),
                usualNames: try row.decode(column: "usual_names", as: String.self),
                birthYear: try row.decode(column: "birth_year", as: Int.self),
                birthMonth: try row.decode(column: "birth_month", as: Int?.self),
                birthDay: try row.decode(column: "birth_day", as: Int?.self),
                sex: try row.decode(column: "sex", as: String.self),
                nationality: try row.decode(column: "nationality", as: String.self),
                protection: try row.decode(column: "protection", as: String?.self),
                protectionAuthority: try row.decode(column: "protection_authority", as: String?.self),
                protectionDate: try row.decode(column: "protection_date", as: String?.self).flatMap(
                    CalendarDay.init(iso:)
                ),
                cirSignatureDate: try row.decode(column: "cir_signed_on", as: String?.self).flatMap(
                    CalendarDay.init(iso:)
                ),
                agdref: try row.decode(column: "agdref", as: String?.self),
                joiningRelative: try row.decode(column: "joining_relative", as: Bool.self),
                relation: try row.decode(column: "relation", as: String?.self),
                arrivedOn: try row.decode(column: "arrived_on", as: String?.self).flatMap(CalendarDay.init(iso:))
            )
        }
    }

    /// The active caseworkers of an organisation working in a département, for assignment.
    public static func caseworkers(
        organisationID: String,
        departement: String,
        in sql: any SQLDatabase
    ) async throws
        -> [(id: String, name: String)]
    {
        try await sql.raw(
            """
            SELECT id, display_name, scope FROM accounts
            WHERE organisation_id = \(bind: organisationID) AND role = 'referent' AND active = \(bind: true)
            ORDER BY display_name
            """
        ).all().compactMap { row in
            let scope = TerritorialScope(storedValue: try row.decode(column: "scope", as: String.self))
            guard case .departements(let codes) = scope, codes.contains(departement) else { return nil }
            return (
                try row.decode(column: "id", as: String.self), try row.decode(column: "display_name", as: String.self)
            )
        }
    }

    /// The active AGIR operator that covers a département (the first by name when several do).
    public static func operatorFor(
        departement: String,
        in sql: any SQLDatabase
    ) async throws -> (id: String, name: String)? {
        try await sql.raw(
            """
            SELECT id, name, departement_codes FROM organisations
            WHERE kind = 'operateur_agir' AND active = \(bind: true) ORDER BY name
            """
        ).all().compactMap { row -> (id: String, name: String)? in
            let codes = try row.decode(column: "departement_codes", as: String.self).split(separator: ",").map(
                String.init
            )
            guard codes.contains(departement) else { return nil }
            return (try row.decode(column: "id", as: String.self), try row.decode(column: "name", as: String.self))
        }.first
    }

    static func summary(_ row: any SQLRow) throws -> HouseholdSummary {
        HouseholdSummary(
            id: try row.decode(column: "id", as: String.self),
            departement: try row.decode(column: "departement_code", as: String.self),
            referenceNames: try row.decode(column: "document_names", as: String.self),
            birthYear: try row.decode(column: "birth_year", as: Int.self),
            stage: try StoredValue.decode(HouseholdStage.self, column: "stage", in: row),
            caseworkerName: try row.decode(column: "caseworker_name", as: String?.self),
            caseworkerID: try row.decode(column: "caseworker_account_id", as: String?.self),
            referralDate: try row.decode(column: "referral_date", as: String?.self).flatMap(CalendarDay.init(iso:)),
            cirSignatureDate: try row.decode(column: "cir_signed_on", as: String?.self).flatMap(CalendarDay.init(iso:)),
            welcomeInterview: try row.decode(column: "welcome_interview_on", as: String?.self).flatMap(
                CalendarDay.init(iso:)
            ),
            contractSigned: try row.decode(column: "contract_signed_on", as: String?.self).flatMap(
                CalendarDay.init(iso:)
            )
        )
    }
}
