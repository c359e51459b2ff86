import Domain
import Foundation
import SQLKit

/// What a caseload list keeps and how it orders it, as SQL conditions on the household.
public struct HouseholdCriteria: Sendable, Equatable {
    /// Only the viewer's own households.
    public var mine = false
    /// Only the households of this caseworker (a manager looking at one caseload).
    public var caseworkerID: String?
    /// `a_accueillir`, `accompagnement`, `sans_referent`, `sortie`, or empty for every accepted household (in
    /// support or exited): a pending or declined referral is not a household of the caseload.
    public var stage = ""
    /// Running commitment-contract deadlines (`ContractDeadline.running`: in support, not signed) that fall in this
    /// range (inclusive); nil for no deadline filter.
    public var contractDue: ClosedRange<CalendarDay>?
    /// Folded text the reference person's names must contain.
    public var nameContains = ""
    /// A diagnosis domain where the need must be medium or high.
    public var needDomain: String?
    /// By name rather than newest referral first.
    public var sortByName = false

    public init() {}
}

/// A caseworker's count of households in support (no id nor name: households without a caseworker).
public struct CaseloadCount: Sendable, Equatable {
    public let caseworkerID: String?
    public let caseworker: String?
    public let count: Int
}

extension HouseholdQueries {
    /// One page of the households a viewer may open that meet the criteria, and how many meet them in all.
    public static func page(
        viewer: AccountSummary,
        criteria: HouseholdCriteria,
        limit: Int,
        offset: Int,
        in sql: any SQLDatabase
    ) async throws -> (households: [HouseholdSummary], total: Int) {
        let filter = conditions(viewer: viewer, criteria: criteria)
        let total =
            try await sql.raw("SELECT COUNT(*) AS n FROM households h WHERE " + filter).first()?.decode(
                column: "n",
                as: Int.self
            ) ?? 0
        let order: SQLQueryString =
            criteria.sortByName
            ? " ORDER BY h.reference_name_search, h.id" : " ORDER BY h.referral_date DESC, h.id"
        let rows = try await sql.raw(
            select + " WHERE " + filter + order + " LIMIT \(literal: limit) OFFSET \(literal: offset)"
        ).all()
        return (try rows.map(summary), total)
    }

    /// The households in support the viewer follows (their own for a caseworker when `mine`), without limit.
    public static func inSupport(
        viewer: AccountSummary,
        mine: Bool,
        in sql: any SQLDatabase
    ) async throws -> [HouseholdSummary] {
        var criteria = HouseholdCriteria()
        criteria.mine = mine
        criteria.stage = HouseholdStage.inSupport.rawValue
        return try await sql.raw(
            select + " WHERE " + conditions(viewer: viewer, criteria: criteria) + " ORDER BY h.referral_date DESC, h.id"
        ).all().map(summary)
    }

    /// Households in support per caseworker of the manager's organisation, counted from their welcome interview (a
    /// household still to welcome is not yet a caseload); nil name and id: not assigned.
    public static func caseloadCounts(
        viewer: AccountSummary,
        in sql: any SQLDatabase
    ) async throws -> [CaseloadCount] {
        try await sql.raw(
            """
            SELECT a.id, a.display_name, COUNT(*) AS n FROM households h
            LEFT JOIN accounts a ON a.id = h.caseworker_account_id
            WHERE h.stage = \(stored: HouseholdStage.inSupport) AND h.welcome_interview_on IS NOT NULL AND
            """ + " " + scope(viewer) + " GROUP BY a.id, a.display_name ORDER BY a.display_name, a.id"
        ).all().map {
            CaseloadCount(
                caseworkerID: try $0.decode(column: "id", as: String?.self),
                caseworker: try $0.decode(column: "display_name", as: String?.self),
                count: try $0.decode(column: "n", as: Int.self)
            )
        }
    }

    static func conditions(viewer: AccountSummary, criteria: HouseholdCriteria) -> SQLQueryString {
        var query = scope(viewer)
        if criteria.mine { query = query + " AND h.caseworker_account_id = \(bind: viewer.id)" }
        if let caseworker = criteria.caseworkerID {
            query = query + " AND h.caseworker_account_id = \(bind: caseworker)"
        }
        let inSupport: SQLQueryString = " AND h.stage = \(stored: HouseholdStage.inSupport)"
        switch criteria.stage {
        case "a_accueillir": query = query + inSupport + " AND h.welcome_interview_on IS NULL"
        case HouseholdStage.inSupport.rawValue: query = query + inSupport
        case "sans_referent": query = query + inSupport + " AND h.caseworker_account_id IS NULL"
        case HouseholdStage.exited.rawValue: query = query + " AND h.stage = \(stored: HouseholdStage.exited)"
        // Pending and declined referrals are not part of a caseload.
        default:
            query =
                query
                + " AND h.stage IN (\(stored: HouseholdStage.inSupport), \(stored: HouseholdStage.exited))"
        }
        if let due = criteria.contractDue {
            // `ContractDeadline.of`: the deadline runs while the household is in support and the contract unsigned.
            query =
                query
                    + """
                     AND h.stage = \(stored: HouseholdStage.inSupport) AND h.contract_signed_on IS NULL
                     AND h.contract_due_on >= \(bind: due.lowerBound.iso) AND h.contract_due_on <= \(bind: due.upperBound.iso)
                    """
        }
        if !criteria.nameContains.isEmpty {
            query =
                query
                + " AND " + LikePattern.contains("h.reference_name_search", criteria.nameContains)
        }
        if let domain = criteria.needDomain {
            query =
                query
                    + """
                     AND EXISTS (SELECT 1 FROM diagnoses d WHERE d.household_id = h.id AND d.domain = \(bind: domain)
                        AND d.need IN ('moyen', 'fort'))
                    """
        }
        return query
    }
}
