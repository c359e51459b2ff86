import Domain
import Foundation
import SQLKit

/// A financial report (cerfa 15059) for one year of a grant's plan.
public struct FundingReportRecord: Sendable {
    public let id: String
    public let applicationID: String
    public let planYear: Int
    public let financialYear: FinancialYear?
    public let dueOn: CalendarDay
    /// "depose" or "accepte".
    public let accepted: Bool
    public let values: [String: String]
    public let charges: Money
    public let products: Money
    public let peopleServed: Int
    public let filedAt: Date?
    public let reviewNote: String?
}

/// SQL for financial reports.
public enum FundingReportRecords {
    /// Records a filed report.
    public static func insert(
        id: String,
        applicationID: String,
        planYear: Int,
        financialYear: FinancialYear,
        values: [String: String],
        charges: Money,
        products: Money,
        peopleServed: Int,
        accountID: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO funding_reports (id, application_id, plan_year, fy_start, fy_end, due_on, status, content,
                charges_cents, products_cents, people_served, filed_at, account_id)
            VALUES (\(bind: id), \(bind: applicationID), \(bind: planYear), \(bind: financialYear.start.iso),
                \(bind: financialYear.end.iso), \(bind: financialYear.reportDue.iso), 'depose',
                \(bind: try FundingColumns.json(values)), \(bind: charges.cents), \(bind: products.cents),
                \(bind: peopleServed), \(bind: Timestamp.format(now)), \(bind: accountID))
            """
        ).run()
        try await sql.raw(
            """
            UPDATE funding_applications SET people_served = (SELECT SUM(people_served) FROM funding_reports
                WHERE application_id = \(bind: applicationID)), version = version + 1
            WHERE id = \(bind: applicationID)
            """
        ).run()
    }

    /// Accepts a filed report (the balance may then be paid).
    public static func accept(id: String, note: String, at now: Date, in sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            UPDATE funding_reports SET status = 'accepte', reviewed_at = \(bind: Timestamp.format(now)),
                review_note = \(bind: note)
            WHERE id = \(bind: id)
            """
        ).run()
    }

    /// An application's reports, by year of the plan.
    public static func reports(applicationID: String, in sql: any SQLDatabase) async throws -> [FundingReportRecord] {
        try await sql.raw(
            "SELECT * FROM funding_reports WHERE application_id = \(bind: applicationID) ORDER BY plan_year"
        ).all().map(record)
    }

    static func record(_ row: any SQLRow) throws -> FundingReportRecord {
        let start = try FundingColumns.day("fy_start", row)
        let end = try FundingColumns.day("fy_end", row)
        let year = end.flatMap {
            FinancialYear.containing(
                $0,
                endMonth: $0.month,
                endDay: min($0.day, CalendarDay.daysIn(month: $0.month, year: 2001))
            )
        }
        return FundingReportRecord(
            id: try row.decode(column: "id", as: String.self),
            applicationID: try row.decode(column: "application_id", as: String.self),
            planYear: try row.decode(column: "plan_year", as: Int.self),
            financialYear: start == nil ? nil : year,
            dueOn: try FundingColumns.day("due_on", row) ?? CalendarDay.firstOfJanuary(1970),
            accepted: try row.decode(column: "status", as: String.self) == "accepte",
            values: try FundingColumns.decodeJSON([String: String].self, "content", row),
            charges: Money(cents: try row.decode(column: "charges_cents", as: Int.self)),
            products: Money(cents: try row.decode(column: "products_cents", as: Int.self)),
            peopleServed: try row.decode(column: "people_served", as: Int.self),
            filedAt: try row.decode(column: "filed_at", as: String?.self).flatMap(Timestamp.parse),
            reviewNote: try row.decode(column: "review_note", as: String?.self)
        )
    }
}
