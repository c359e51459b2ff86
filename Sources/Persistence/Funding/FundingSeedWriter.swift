import SQLKit

/// Generated funding rows, table by table, in the column order of `FundingSeedWriter`.
public struct FundingSeedRows: Sendable {
    public typealias Row = [BatchValue]

    public var lines: [Row] = []
    public var calls: [Row] = []
    public var committees: [Row] = []
    public var applications: [Row] = []
    public var submissions: [Row] = []
    public var counters: [Row] = []
    public var commitments: [Row] = []
    public var payments: [Row] = []
    public var reports: [Row] = []

    public init() {}

    /// How many rows in all.
    public var count: Int {
        [lines, calls, committees, applications, submissions, counters, commitments, payments, reports]
            .reduce(0) { $0 + $1.count }
    }
}

/// Writes generated funding rows with multi-row inserts, in the caller's transaction.
public enum FundingSeedWriter {
    static var tables: [(table: String, columns: [String], rows: KeyPath<FundingSeedRows, [FundingSeedRows.Row]>)] {
        [
            (
                "funding_lines",
                [
                    "id", "year", "region_code", "departement_code", "action", "sub_action", "label",
                    "allocation_cents",
                    "reserve_basis_points", "account_id", "created_at", "updated_at",
                ],
                \.lines
            ),
            (
                "funding_calls",
                [
                    "id", "line_id", "year", "region_code", "departement_code", "organisation_id", "title", "body",
                    "audience", "tags", "opens_on", "closes_on", "criteria", "documents", "status", "published_at",
                    "account_id", "created_at",
                ],
                \.calls
            ),
            ("funding_committees", ["id", "call_id", "held_on", "members", "account_id", "created_at"], \.committees),
            (
                "funding_applications",
                [
                    "id", "call_id", "organisation_id", "region_code", "departement_code", "status", "version",
                    "content",
                    "number", "submissions", "submitted_at", "title", "siret", "tags", "requested_cents",
                    "expected_people", "starts_on", "fy_end", "marks", "score", "opinion", "scored_at", "committee_id",
                    "granted_years", "granted_cents", "refusal_reason", "decided_on", "override_reason",
                    "convention_required", "convention_signed_on", "convention_reference", "people_served",
                    "created_at",
                    "updated_at",
                ],
                \.applications
            ),
            (
                "funding_submissions",
                ["id", "application_id", "version", "number", "content", "submitted_at", "account_id"],
                \.submissions
            ),
            ("funding_counters", ["name", "value"], \.counters),
            (
                "funding_commitments",
                [
                    "id", "application_id", "line_id", "legal_number", "legal_act", "amount_cents", "committed_on",
                    "account_id", "created_at",
                ],
                \.commitments
            ),
            (
                "funding_payments",
                [
                    "id", "commitment_id", "application_id", "line_id", "kind", "plan_year", "amount_cents", "paid_on",
                    "request_number", "account_id", "created_at",
                ],
                \.payments
            ),
            (
                "funding_reports",
                [
                    "id", "application_id", "plan_year", "fy_start", "fy_end", "due_on", "status", "content",
                    "charges_cents", "products_cents", "people_served", "filed_at", "account_id", "reviewed_at",
                    "review_note",
                ],
                \.reports
            ),
        ]
    }

    /// Inserts every row, table by table in dependency order.
    public static func write(_ rows: FundingSeedRows, in sql: any SQLDatabase) async throws {
        for table in tables {
            let values = rows[keyPath: table.rows]
            guard !values.isEmpty else { continue }
            let batch = max(1, 30_000 / table.columns.count / 2)
            try await BatchInsert.run(sql, table: table.table, columns: table.columns, rows: values, batchSize: batch) {
                row in
                row.map { value -> BatchInsert.Value in
                    switch value {
                    case .text(let text): text
                    case .integer(let number): number
                    case .boolean(let flag): flag
                    case .null: nil
                    }
                }
            }
        }
    }
}
