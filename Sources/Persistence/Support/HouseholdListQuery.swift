import Domain
import Foundation
import SQLKit

/// What a caseload list keeps and how it orders it, as SQL conditions on the household.
public struct HouseholdCriteria: Sendable, Equatable {
    /// Only the viewer's own households.
    public var mine = false
    /// `a_accueillir`, `accompagnement`, `sans_referent`, `sortie`, or empty for every stage but declined referrals.
    public var stage = ""
    /// Commitment contracts not signed whose deadline falls in this range (inclusive); nil for no deadline filter.
    public var contractDue: ClosedRange<CalendarDay>?
    /// Folded text the reference person's names must contain.
    public var nameContains = ""
    /// A diagnosis domain where the need must be medium or high.
    public var needDomain: String?
    /// By name rather than newest referral first.
    public var sortByName = false

    public init() {}
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

    /// Households in support per caseworker of the manager's organisation (nil name: not assigned).
    public static func caseloadCounts(
        viewer: AccountSummary,
        in sql: any SQLDatabase
    ) async throws -> [(caseworker: String?, count: Int)] {
        try await sql.raw(
            """
            SELECT a.display_name, COUNT(*) AS n FROM households h
            LEFT JOIN accounts a ON a.id = h.caseworker_account_id
            WHERE h.stage = \(stored: HouseholdStage.inSupport) AND
            """ + " " + scope(viewer) + " GROUP BY a.display_name ORDER BY a.display_name"
        ).all().map {
            (try $0.decode(column: "display_name", as: String?.self), try $0.decode(column: "n", as: Int.self))
        }
    }

    static func conditions(viewer: AccountSummary, criteria: HouseholdCriteria) -> SQLQueryString {
        var query = scope(viewer)
        if criteria.mine { query = query + " AND h.caseworker_account_id = \(bind: viewer.id)" }
        let inSupport: SQLQueryString = " AND h.stage = \(stored: HouseholdStage.inSupport)"
        switch criteria.stage {
        case "a_accueillir": query = query + inSupport + " AND h.welcome_interview_on IS NULL"
        case HouseholdStage.inSupport.rawValue: query = query + inSupport
        case "sans_referent": query = query + inSupport + " AND h.caseworker_account_id IS NULL"
        case HouseholdStage.exited.rawValue: query = query + " AND h.stage = \(stored: HouseholdStage.exited)"
        default: query = query + " AND h.stage <> \(stored: HouseholdStage.declined)"
        }
        if let due = criteria.contractDue {
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
