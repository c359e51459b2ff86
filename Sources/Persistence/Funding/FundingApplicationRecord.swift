import Domain
import Foundation
import SQLKit

/// An application as stored: its content (cerfa 12156 fields), its key figures, its instruction and decision.
public struct FundingApplicationRecord: Sendable {
    public let id: String
    public let callID: String
    public let organisationID: String
    public let regionCode: String
    public let departementCode: String
    public let status: ApplicationStatus
    /// Grows with every saved change: a form sent with an older version was made on a stale page.
    public let version: Int
    public let values: [String: String]
    /// The public number given at the first submission, e.g. "P104-2026-69-00012"; stable for the grant's life.
    public let number: String?
    public let submissions: Int
    public let submittedAt: Date?
    public let title: String
    public let siret: String?
    public let tags: [ThematicTag]
    public let requested: Money
    public let expectedPeople: Int?
    public let startsOn: CalendarDay?
    /// "31/12": the day and month the association's financial year ends.
    public let financialYearEnd: String
    public let marks: [Int]?
    public let score: Int?
    public let opinion: String?
    public let committeeID: String?
    /// The amount granted per year of the plan (one for an annual grant).
    public let grantedYears: [Money]?
    public let refusalReason: String?
    public let decidedOn: CalendarDay?
    public let overrideReason: String?
    public let conventionRequired: Bool
    public let conventionSignedOn: CalendarDay?
    public let conventionReference: String?

    /// The grant's plan once granted: the call's year and the yearly amounts.
    public func plan(callYear: Int) -> GrantPlan? {
        grantedYears.map { GrantPlan(firstYear: callYear, yearlyAmounts: $0) }
    }

    /// The total granted.
    public var granted: Money? { grantedYears.map(Money.sum) }

    /// The key figures of the content.
    public func summary(callYear: Int) -> ApplicationSummary { ApplicationSummary(values: values, callYear: callYear) }
}

/// An application with its call, as lists show it.
public struct FundingApplicationRow: Sendable {
    public let application: FundingApplicationRecord
    public let callTitle: String
    public let callYear: Int
    public let organisationName: String
}
