import Domain
import Foundation
import SQLKit

/// SQL for the money and measures of actions: funding lines, indicators and their yearly targets and results.
public enum ContractFundingRecords {
    /// Adds a funding line to an action.
    public static func insertLine(
        id: String,
        actionID: String,
        contractID: String,
        _ line: ContractFundingInput.Valid,
        accountID: String?,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO contract_funding_lines (id, action_id, contract_id, source, from_year, to_year, annual_cents,
                grant_id, account_id, created_at)
            VALUES (\(bind: id), \(bind: actionID), \(bind: contractID), \(bind: line.source.rawValue),
                \(bind: line.years.lowerBound), \(bind: line.years.upperBound), \(bind: line.annualAmount.cents),
                \(bind: line.grantID), \(bind: accountID), \(bind: Timestamp.format(now)))
            """
        ).run()
    }

    /// The funding lines of the given contracts (all when nil), by action.
    public static func lines(contracts ids: [String]?, in sql: any SQLDatabase) async throws -> [FundingLine] {
        let filter = ContractRecords.only(ids, column: "contract_id")
        let query: SQLQueryString =
            "SELECT id, action_id, source, from_year, to_year, annual_cents, grant_id FROM contract_funding_lines"
            + filter + " ORDER BY action_id, source, from_year, id"
        return try await sql.raw(query).all().compactMap { row in
            guard let source = FundingSource(rawValue: try row.decode(column: "source", as: String.self)) else {
                return nil
            }
            let first = try row.decode(column: "from_year", as: Int.self)
            let last = try row.decode(column: "to_year", as: Int.self)
            return FundingLine(
                id: try row.decode(column: "id", as: String.self),
                actionID: try row.decode(column: "action_id", as: String.self),
                source: source,
                years: first...max(first, last),
                annualAmount: Money(cents: try row.decode(column: "annual_cents", as: Int.self)),
                grantID: try row.decode(column: "grant_id", as: String?.self)
            )
        }
    }

    /// Adds an indicator to an action, after the others.
    public static func insertIndicator(
        id: String,
        actionID: String,
        contractID: String,
        _ indicator: ActionIndicatorInput.Valid,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO contract_indicators (id, action_id, contract_id, position, label, unit, created_at)
            VALUES (\(bind: id), \(bind: actionID), \(bind: contractID),
                (SELECT COALESCE(MAX(position), 0) + 1 FROM contract_indicators WHERE action_id = \(bind: actionID)),
                \(bind: indicator.label), \(bind: indicator.unit), \(bind: Timestamp.format(now)))
            """
        ).run()
    }

    /// Which figure of a year a write sets.
    public enum Figure: String, Sendable {
        case target
        case result
    }

    /// Sets the target or the result of an indicator for a year, keeping the other.
    public static func setFigure(
        _ figure: Figure,
        indicatorID: String,
        year: Int,
        value: Int,
        accountID: String?,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        let stamp = Timestamp.format(now)
        let exists =
            try await sql.raw(
                "SELECT year FROM contract_indicator_figures WHERE indicator_id = \(bind: indicatorID) AND year = \(bind: year)"
            ).first() != nil
        if exists {
            try await sql.raw(
                """
                UPDATE contract_indicator_figures SET \(unsafeRaw: figure.rawValue) = \(bind: value),
                    \(unsafeRaw: figure.rawValue)_account_id = \(bind: accountID), updated_at = \(bind: stamp)
                WHERE indicator_id = \(bind: indicatorID) AND year = \(bind: year)
                """
            ).run()
        } else {
            try await sql.raw(
                """
                INSERT INTO contract_indicator_figures (indicator_id, year, \(unsafeRaw: figure.rawValue),
                    \(unsafeRaw: figure.rawValue)_account_id, updated_at)
                VALUES (\(bind: indicatorID), \(bind: year), \(bind: value), \(bind: accountID), \(bind: stamp))
                """
            ).run()
        }
    }

    /// The indicators of the given contracts (all when nil), with their yearly figures.
    public static func indicators(contracts ids: [String]?, in sql: any SQLDatabase) async throws -> [ActionIndicator] {
        let filter = ContractRecords.only(ids, column: "i.contract_id")
        var figures: [String: [Int: IndicatorFigures]] = [:]
        let figureQuery: SQLQueryString =
            "SELECT f.indicator_id, f.year, f.target, f.result FROM contract_indicator_figures f "
            + "JOIN contract_indicators i ON i.id = f.indicator_id" + filter
        for row in try await sql.raw(figureQuery).all() {
            figures[try row.decode(column: "indicator_id", as: String.self), default: [:]][
                try row.decode(column: "year", as: Int.self)
            ] = IndicatorFigures(
                target: try row.decode(column: "target", as: Int?.self),
                result: try row.decode(column: "result", as: Int?.self)
            )
        }
        let query: SQLQueryString =
            "SELECT i.id, i.action_id, i.label, i.unit FROM contract_indicators i" + filter
            + " ORDER BY i.contract_id, (SELECT a.position FROM contract_actions a WHERE a.id = i.action_id), i.position"
        return try await sql.raw(query).all().map { row in
            let id = try row.decode(column: "id", as: String.self)
            return ActionIndicator(
                id: id,
                actionID: try row.decode(column: "action_id", as: String.self),
                label: try row.decode(column: "label", as: String.self),
                unit: try row.decode(column: "unit", as: String.self),
                figures: figures[id] ?? [:]
            )
        }
    }
}
