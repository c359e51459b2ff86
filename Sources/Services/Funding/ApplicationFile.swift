import Domain
import Foundation
import Persistence
import SQLKit

/// Everything about one application, as its applicant and its instructor see it: content, call, line, frozen
/// versions, documents, decision, commitment, payments and reports, with the grant's stage on the local day.
public struct ApplicationFile: Sendable {
    public let row: FundingApplicationRow
    public let call: FundingCallRecord
    public let line: FundingLineRecord?
    public let submissions: [FundingSubmission]
    public let documents: [DocumentRecord]
    public let committees: [FundingCommitteeRecord]
    public let commitment: CommitmentRecord?
    public let payments: [PaymentRecord]
    public let reports: [FundingReportRecord]
    /// The local day the file was read on.
    public let today: CalendarDay

    public var application: FundingApplicationRecord { row.application }

    /// The grant's plan, once granted.
    public var plan: GrantPlan? { application.plan(callYear: call.year) }

    /// Σ paid so far.
    public var paid: Money { Money.sum(payments.map(\.amount)) }

    /// The association's financial year for each year of the plan.
    public func financialYear(_ planYear: Int) -> FinancialYear? {
        application.summary(callYear: call.year).financialYear(planYear)
    }

    /// The report of one year of the plan, if filed.
    public func report(_ planYear: Int) -> FundingReportRecord? { reports.first { $0.planYear == planYear } }

    /// Each year of the plan with its report's status today.
    public var reportStatuses: [(planYear: Int, year: FinancialYear, status: ReportStatus)] {
        guard let plan, commitment != nil else { return [] }
        return plan.yearlyAmounts.indices.compactMap { index in
            guard let year = financialYear(index) else { return nil }
            let report = report(index)
            return (
                index, year,
                ReportStatus.of(year, filed: report != nil, accepted: report?.accepted == true, today: today)
            )
        }
    }

    /// The grant's stage, or nil before a grant.
    public var stage: GrantStage? {
        guard application.status == .granted, let plan else { return nil }
        let open = reportStatuses.first { $0.status != .accepted } ?? reportStatuses.last
        return GrantStage.of(
            GrantStage.Facts(
                conventionRequired: application.conventionRequired,
                conventionSigned: application.conventionSignedOn != nil,
                committed: commitment?.amount ?? .zero,
                paid: paid,
                total: plan.total,
                report: open?.status
            )
        )
    }

    /// Loads the file (no access check: callers check first).
    static func load(
        _ row: FundingApplicationRow,
        today: (FundingCallRecord) -> CalendarDay,
        in sql: any SQLDatabase
    )
        async throws -> ApplicationFile
    {
        let id = row.application.id
        guard let call = try await FundingCallRecords.find(id: row.application.callID, in: sql) else {
            throw DomainError.notFound
        }
        return ApplicationFile(
            row: row,
            call: call,
            line: try await FundingLineRecords.find(id: call.lineID, in: sql),
            submissions: try await FundingApplicationRecords.submissions(of: id, in: sql),
            documents: try await DocumentRecords.documents(ownerType: FundingDocuments.ownerType, ownerID: id, in: sql),
            committees: try await FundingInstructionRecords.committees(callID: call.id, in: sql),
            commitment: try await FundingMoneyRecords.commitment(applicationID: id, in: sql),
            payments: try await FundingMoneyRecords.payments(applicationID: id, in: sql),
            reports: try await FundingReportRecords.reports(applicationID: id, in: sql),
            today: today(call)
        )
    }
}

/// The owner type of the documents attached to applications.
enum FundingDocuments {
    static let ownerType = "demande_subvention"
}
