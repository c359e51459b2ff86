import Domain
import Foundation
import SQLKit

/// A legal commitment (engagement juridique): the grant's whole AE consumed on its award year's line.
public struct CommitmentRecord: Sendable, Equatable {
    public let id: String
    public let applicationID: String
    public let lineID: String
    /// The Chorus legal commitment number (n° EJ, 10 digits).
    public let legalNumber: String
    /// "convention" or "arrete" (arrêté attributif below the convention threshold).
    public let legalAct: String
    public let amount: Money
    public let committedOn: CalendarDay

    public init(
        id: String,
        applicationID: String,
        lineID: String,
        legalNumber: String,
        legalAct: String,
        amount: Money,
        committedOn: CalendarDay
    ) {
        self.id = id
        self.applicationID = applicationID
        self.lineID = lineID
        self.legalNumber = legalNumber
        self.legalAct = legalAct
        self.amount = amount
        self.committedOn = committedOn
    }
}

/// A payment (CP consumed) on a commitment, from the line of the year it is made.
public struct PaymentRecord: Sendable, Equatable {
    public let id: String
    public let commitmentID: String
    public let applicationID: String
    public let lineID: String
    public let kind: PaymentKind
    /// The year of the grant's plan this payment belongs to (0 first).
    public let planYear: Int
    public let amount: Money
    public let paidOn: CalendarDay
    public let requestNumber: String?

    public init(
        id: String,
        commitmentID: String,
        applicationID: String,
        lineID: String,
        kind: PaymentKind,
        planYear: Int,
        amount: Money,
        paidOn: CalendarDay,
        requestNumber: String?
    ) {
        self.id = id
        self.commitmentID = commitmentID
        self.applicationID = applicationID
        self.lineID = lineID
        self.kind = kind
        self.planYear = planYear
        self.amount = amount
        self.paidOn = paidOn
        self.requestNumber = requestNumber
    }
}

/// What a payment is: an advance on a year's amount, or its balance once the year's report is accepted.
public enum PaymentKind: String, Sendable, CaseIterable, Codable {
    case advance = "avance"
    case balance = "solde"

    /// The French label.
    public var label: String { self == .advance ? "Avance" : "Solde" }
}

/// SQL for commitments and payments.
public enum FundingMoneyRecords {
    /// Records a commitment.
    public static func insertCommitment(
        _ commitment: CommitmentRecord,
        accountID: String?,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO funding_commitments (id, application_id, line_id, legal_number, legal_act, amount_cents,
                committed_on, account_id, created_at)
            VALUES (\(bind: commitment.id), \(bind: commitment.applicationID), \(bind: commitment.lineID),
                \(bind: commitment.legalNumber), \(bind: commitment.legalAct), \(bind: commitment.amount.cents),
                \(bind: commitment.committedOn.iso), \(bind: accountID), \(bind: Timestamp.format(now)))
            """
        ).run()
    }

    /// The commitment of an application, locked on PostgreSQL when `locking` (two payments on it then wait).
    public static func commitment(
        applicationID: String,
        locking: Bool = false,
        in sql: any SQLDatabase
    ) async throws
        -> CommitmentRecord?
    {
        let lock: SQLQueryString = locking ? sql.lockingRows() : ""
        return try await sql.raw(
            "SELECT * FROM funding_commitments WHERE application_id = \(bind: applicationID)" + lock
        ).first().map(commitment)
    }

    /// Whether a legal commitment number is already used.
    public static func legalNumberExists(_ number: String, in sql: any SQLDatabase) async throws -> Bool {
        try await sql.raw("SELECT id FROM funding_commitments WHERE legal_number = \(bind: number)").first() != nil
    }

    static func commitment(_ row: any SQLRow) throws -> CommitmentRecord {
        CommitmentRecord(
            id: try row.decode(column: "id", as: String.self),
            applicationID: try row.decode(column: "application_id", as: String.self),
            lineID: try row.decode(column: "line_id", as: String.self),
            legalNumber: try row.decode(column: "legal_number", as: String.self),
            legalAct: try row.decode(column: "legal_act", as: String.self),
            amount: Money(cents: try row.decode(column: "amount_cents", as: Int.self)),
            committedOn: try FundingColumns.day("committed_on", row) ?? CalendarDay.firstOfJanuary(1970)
        )
    }

    /// Records a payment.
    public static func insertPayment(
        _ payment: PaymentRecord,
        accountID: String?,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO funding_payments (id, commitment_id, application_id, line_id, kind, plan_year, amount_cents,
                paid_on, request_number, account_id, created_at)
            VALUES (\(bind: payment.id), \(bind: payment.commitmentID), \(bind: payment.applicationID),
                \(bind: payment.lineID), \(bind: payment.kind.rawValue), \(bind: payment.planYear),
                \(bind: payment.amount.cents), \(bind: payment.paidOn.iso), \(bind: payment.requestNumber),
                \(bind: accountID), \(bind: Timestamp.format(now)))
            """
        ).run()
    }

    /// An application's payments, oldest first.
    public static func payments(applicationID: String, in sql: any SQLDatabase) async throws -> [PaymentRecord] {
        try await sql.raw(
            "SELECT * FROM funding_payments WHERE application_id = \(bind: applicationID) ORDER BY paid_on, created_at, id"
        ).all().map(payment)
    }

    static func payment(_ row: any SQLRow) throws -> PaymentRecord {
        PaymentRecord(
            id: try row.decode(column: "id", as: String.self),
            commitmentID: try row.decode(column: "commitment_id", as: String.self),
            applicationID: try row.decode(column: "application_id", as: String.self),
            lineID: try row.decode(column: "line_id", as: String.self),
            kind: try FundingColumns.value(PaymentKind.self, "kind", row),
            planYear: try row.decode(column: "plan_year", as: Int.self),
            amount: Money(cents: try row.decode(column: "amount_cents", as: Int.self)),
            paidOn: try FundingColumns.day("paid_on", row) ?? CalendarDay.firstOfJanuary(1970),
            requestNumber: try row.decode(column: "request_number", as: String?.self)
        )
    }
}
