import Domain
import Foundation
import SQLKit

/// A budget line of programme 104 for one year: BOP (région) → UO (département, or the regional level) → action →
/// sub-action, with its execution computed from grants, commitments and payments.
public struct FundingLineRecord: Sendable, Equatable {
    public let id: String
    public let year: Int
    public let regionCode: String
    /// The UO's département; empty for a line kept at the regional level (regional calls).
    public let departementCode: String
    public let action: BudgetAction
    public let subAction: SubAction
    public let label: String
    public var execution: LineExecution
}

/// What a line is created or updated with.
public struct NewFundingLine: Sendable {
    public let year: Int
    public let regionCode: String
    public let departementCode: String
    public let action: BudgetAction
    public let subAction: SubAction
    public let label: String
    public let allocation: Money
    public let reserveBasisPoints: Int

    public init(
        year: Int,
        regionCode: String,
        departementCode: String,
        action: BudgetAction,
        subAction: SubAction,
        label: String,
        allocation: Money,
        reserveBasisPoints: Int
    ) {
        self.year = year
        self.regionCode = regionCode
        self.departementCode = departementCode
        self.action = action
        self.subAction = subAction
        self.label = label
        self.allocation = allocation
        self.reserveBasisPoints = reserveBasisPoints
    }
}

/// SQL for budget lines and their execution.
public enum FundingLineRecords {
    /// Adds a line.
    public static func insert(
        id: String,
        _ line: NewFundingLine,
        accountID: String?,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        let stamp = Timestamp.format(now)
        try await sql.raw(
            """
            INSERT INTO funding_lines (id, year, region_code, departement_code, action, sub_action, label,
                allocation_cents, reserve_basis_points, account_id, created_at, updated_at)
            VALUES (\(bind: id), \(bind: line.year), \(bind: line.regionCode), \(bind: line.departementCode),
                \(bind: line.action.rawValue), \(bind: line.subAction.rawValue), \(bind: line.label),
                \(bind: line.allocation.cents), \(bind: line.reserveBasisPoints), \(bind: accountID), \(bind: stamp),
                \(bind: stamp))
            """
        ).run()
    }

    /// Changes a line's allocation and reserve rate.
    public static func update(
        id: String,
        allocation: Money,
        reserveBasisPoints: Int,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            UPDATE funding_lines SET allocation_cents = \(bind: allocation.cents),
                reserve_basis_points = \(bind: reserveBasisPoints), updated_at = \(bind: Timestamp.format(now))
            WHERE id = \(bind: id)
            """
        ).run()
    }

    /// The lines matching a filter, with their execution, ordered by year, territory, action and sub-action.
    public static func lines(_ filter: LineFilter, in sql: any SQLDatabase) async throws -> [FundingLineRecord] {
        var lines = try await sql.raw(
            "SELECT * FROM funding_lines l WHERE " + filter.clause("l")
                + " ORDER BY l.year DESC, l.region_code, l.departement_code, l.action, l.sub_action"
        ).all().map(record)
        try await fillExecution(&lines, filter: filter, in: sql)
        return lines
    }

    /// One line with its execution; on PostgreSQL its row stays locked until the transaction ends, so that two grants
    /// or payments on the same line are decided one after the other.
    public static func find(
        id: String,
        locking: Bool = false,
        in sql: any SQLDatabase
    ) async throws
        -> FundingLineRecord?
    {
        let lock: SQLQueryString = locking ? sql.lockingRows() : ""
        guard
            var line = try await sql.raw("SELECT * FROM funding_lines WHERE id = \(bind: id)" + lock).first().map(
                record
            )
        else { return nil }
        var lines = [line]
        try await fillExecution(&lines, filter: LineFilter(ids: [id]), in: sql)
        line = lines[0]
        return line
    }

    /// The line of the same UO, action and sub-action in another year, if it exists.
    public static func sibling(
        of line: FundingLineRecord,
        year: Int,
        locking: Bool,
        in sql: any SQLDatabase
    ) async throws -> FundingLineRecord? {
        let row = try await sql.raw(
            """
            SELECT id FROM funding_lines WHERE year = \(bind: year) AND region_code = \(bind: line.regionCode)
              AND departement_code = \(bind: line.departementCode) AND action = \(bind: line.action.rawValue)
              AND sub_action = \(bind: line.subAction.rawValue)
            """
        ).first()
        guard let id = try row?.decode(column: "id", as: String.self) else { return nil }
        return try await find(id: id, locking: locking, in: sql)
    }

    static func fillExecution(
        _ lines: inout [FundingLineRecord],
        filter: LineFilter,
        in sql: any SQLDatabase
    ) async throws {
        guard !lines.isEmpty else { return }
        let within = filter.clause("l")
        let programmed = try await sums(
            """
            SELECT c.line_id AS line_id, CAST(COALESCE(SUM(a.granted_cents), 0) AS BIGINT) AS total
            FROM funding_applications a JOIN funding_calls c ON c.id = a.call_id JOIN funding_lines l ON l.id = c.line_id
            WHERE a.status = 'accordee' AND
            """,
            within,
            "c.line_id",
            in: sql
        )
        let committed = try await sums(
            """
            SELECT m.line_id AS line_id, CAST(COALESCE(SUM(m.amount_cents), 0) AS BIGINT) AS total
            FROM funding_commitments m JOIN funding_lines l ON l.id = m.line_id WHERE
            """,
            within,
            "m.line_id",
            in: sql
        )
        let paid = try await sums(
            """
            SELECT p.line_id AS line_id, CAST(COALESCE(SUM(p.amount_cents), 0) AS BIGINT) AS total
            FROM funding_payments p JOIN funding_lines l ON l.id = p.line_id WHERE
            """,
            within,
            "p.line_id",
            in: sql
        )
        let paidOnCommitments = try await sums(
            """
            SELECT m.line_id AS line_id, CAST(COALESCE(SUM(p.amount_cents), 0) AS BIGINT) AS total
            FROM funding_payments p JOIN funding_commitments m ON m.id = p.commitment_id
            JOIN funding_lines l ON l.id = m.line_id WHERE
            """,
            within,
            "m.line_id",
            in: sql
        )
        for index in lines.indices {
            let id = lines[index].id
            lines[index].execution.programmed = Money(cents: programmed[id] ?? 0)
            lines[index].execution.committed = Money(cents: committed[id] ?? 0)
            lines[index].execution.paid = Money(cents: paid[id] ?? 0)
            lines[index].execution.paidOnCommitments = Money(cents: paidOnCommitments[id] ?? 0)
        }
    }

    private static func sums(
        _ head: String,
        _ within: SQLQueryString,
        _ group: String,
        in sql: any SQLDatabase
    ) async throws -> [String: Int] {
        var result: [String: Int] = [:]
        for row in try await sql.raw("\(unsafeRaw: head) " + within + " GROUP BY \(unsafeRaw: group)").all() {
            result[try row.decode(column: "line_id", as: String.self)] = try row.decode(column: "total", as: Int.self)
        }
        return result
    }

    static func record(_ row: any SQLRow) throws -> FundingLineRecord {
        FundingLineRecord(
            id: try row.decode(column: "id", as: String.self),
            year: try row.decode(column: "year", as: Int.self),
            regionCode: try row.decode(column: "region_code", as: String.self),
            departementCode: try row.decode(column: "departement_code", as: String.self),
            action: try FundingColumns.value(BudgetAction.self, "action", row),
            subAction: try FundingColumns.value(SubAction.self, "sub_action", row),
            label: try row.decode(column: "label", as: String.self),
            execution: LineExecution(
                allocation: Money(cents: try row.decode(column: "allocation_cents", as: Int.self)),
                reserveBasisPoints: try row.decode(column: "reserve_basis_points", as: Int.self)
            )
        )
    }
}

/// Which lines to read: by identifiers, or by year and territory; every value is bound, never written into SQL.
public struct LineFilter: Sendable {
    var ids: [String]?
    var year: Int?
    var regionCode: String?
    var departementCode: String?

    /// Lines with these identifiers.
    public init(ids: [String]) { self.ids = ids }

    /// Lines of a year (all years when nil) in the nation, a région or a département (its UO only).
    public init(year: Int?, regionCode: String? = nil, departementCode: String? = nil) {
        self.year = year
        self.regionCode = regionCode
        self.departementCode = departementCode
    }

    /// The condition on the lines table under `alias`.
    func clause(_ alias: String) -> SQLQueryString {
        var query: SQLQueryString = "1 = 1"
        if let ids {
            query = query + " AND \(unsafeRaw: alias).id IN (\(binds: ids.isEmpty ? [""] : ids))"
        }
        if let year { query = query + " AND \(unsafeRaw: alias).year = \(bind: year)" }
        if let regionCode { query = query + " AND \(unsafeRaw: alias).region_code = \(bind: regionCode)" }
        if let departementCode {
            query = query + " AND \(unsafeRaw: alias).departement_code = \(bind: departementCode)"
        }
        return query
    }
}
