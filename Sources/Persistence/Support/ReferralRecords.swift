import Domain
import Foundation
import SQLKit

/// A referral as its readers see it: the reference person, the eligibility computed at referral, the decision.
public struct ReferralSummary: Sendable, Equatable {
    public let id: String
    public let householdID: String
    public let referralDate: CalendarDay
    public let departement: String
    public let personNames: String
    public let birthYear: Int
    public let status: ReferralStatus
    public let eligible: Bool
    public let eligibilityBasis: String
    /// The conditions as computed at referral, in JSON.
    public let eligibility: String
    public let operatorName: String
    public let referringName: String
    public let decisionReason: String?
    public let caseworkerName: String?
    /// Where the referred household stands.
    public let householdStage: HouseholdStage
}

/// SQL for referrals; every read is filtered by the viewer's organisation so that others' referrals are "not found".
public enum ReferralRecords {
    /// The part of the WHERE clause that keeps the referrals a viewer may see.
    static func scope(_ viewer: AccountSummary) -> SQLQueryString {
        switch viewer.role {
        case .ofii: "r.referring_organisation_id = \(bind: viewer.organisationID)"
        case .responsable: "r.operator_organisation_id = \(bind: viewer.organisationID)"
        case .referent: "h.caseworker_account_id = \(bind: viewer.id)"
        default: "1 = 0"
        }
    }

    static let select: SQLQueryString = """
        SELECT r.id, r.household_id, r.referral_date, r.status, r.eligible, r.eligibility_basis, r.eligibility,
               r.decision_reason, h.departement_code, h.stage, p.document_names, p.birth_year,
               op.name AS operator_name, ref.name AS referring_name, cw.display_name AS caseworker_name
        FROM referrals r
        JOIN households h ON h.id = r.household_id
        JOIN persons p ON p.household_id = h.id AND p.is_reference = \(bind: true)
        JOIN organisations op ON op.id = r.operator_organisation_id
        JOIN organisations ref ON ref.id = r.referring_organisation_id
        LEFT JOIN accounts cw ON cw.id = h.caseworker_account_id
        """

    /// One page of the referrals a viewer may see, pending first, newest first, and how many there are in all.
    public static func page(
        viewer: AccountSummary,
        limit: Int,
        offset: Int,
        in sql: any SQLDatabase
    ) async throws -> (referrals: [ReferralSummary], total: Int) {
        let total =
            try await sql.raw(
                """
                SELECT COUNT(*) AS n FROM referrals r JOIN households h ON h.id = r.household_id WHERE
                """ + " " + scope(viewer)
            ).first()?.decode(column: "n", as: Int.self) ?? 0
        let query: SQLQueryString =
            select + " WHERE " + scope(viewer)
            + " ORDER BY CASE r.status WHEN \(stored: ReferralStatus.pending) THEN 0 ELSE 1 END, r.referral_date DESC, r.id"
            + " LIMIT \(literal: limit) OFFSET \(literal: offset)"
        return (try await sql.raw(query).all().map(summary), total)
    }

    /// The first `limit` referrals of one status the viewer may see, newest first, and how many there are in all.
    public static func withStatus(
        _ status: ReferralStatus,
        viewer: AccountSummary,
        limit: Int,
        in sql: any SQLDatabase
    ) async throws -> (referrals: [ReferralSummary], total: Int) {
        let condition: SQLQueryString = " WHERE r.status = \(stored: status) AND " + scope(viewer)
        let total =
            try await sql.raw(
                "SELECT COUNT(*) AS n FROM referrals r JOIN households h ON h.id = r.household_id" + condition
            ).first()?.decode(column: "n", as: Int.self) ?? 0
        let query: SQLQueryString =
            select + condition + " ORDER BY r.referral_date DESC, r.id LIMIT \(literal: limit)"
        return (try await sql.raw(query).all().map(summary), total)
    }

    /// One referral, if the viewer may see it.
    /// With `locking`, inside a write transaction, the referral and its household stay as read until it ends.
    public static func find(
        id: String,
        viewer: AccountSummary,
        locking: Bool = false,
        in sql: any SQLDatabase
    ) async throws -> ReferralSummary? {
        let query: SQLQueryString =
            select + " WHERE r.id = \(bind: id) AND " + scope(viewer) + (locking ? sql.lockingRows(of: "r, h") : "")
        return try await sql.raw(query).first().map(summary)
    }

    static func summary(_ row: any SQLRow) throws -> ReferralSummary {
        ReferralSummary(
            id: try row.decode(column: "id", as: String.self),
            householdID: try row.decode(column: "household_id", as: String.self),
            referralDate: CalendarDay(iso: try row.decode(column: "referral_date", as: String.self))
                ?? .init(daysSinceEpoch: 0),
            departement: try row.decode(column: "departement_code", as: String.self),
            personNames: try row.decode(column: "document_names", as: String.self),
            birthYear: try row.decode(column: "birth_year", as: Int.self),
            status: try StoredValue.decode(ReferralStatus.self, column: "status", in: row),
            eligible: try row.decode(column: "eligible", as: Bool.self),
            eligibilityBasis: try row.decode(column: "eligibility_basis", as: String.self),
            eligibility: try row.decode(column: "eligibility", as: String.self),
            operatorName: try row.decode(column: "operator_name", as: String.self),
            referringName: try row.decode(column: "referring_name", as: String.self),
            decisionReason: try row.decode(column: "decision_reason", as: String?.self),
            caseworkerName: try row.decode(column: "caseworker_name", as: String?.self),
            householdStage: try StoredValue.decode(HouseholdStage.self, column: "stage", in: row)
        )
    }
}
