import SQLKit

/// Rows of generated contracts, table by table, in the column order of `ContractSeedWriter`.
public struct ContractSeedRows: Sendable {
    public typealias Row = [BatchValue]

    public var contracts: [Row] = []
    public var departements: [Row] = []
    public var communes: [Row] = []
    public var signatories: [Row] = []
    public var axes: [Row] = []
    public var actions: [Row] = []
    public var actionQPV: [Row] = []
    public var lines: [Row] = []
    public var indicators: [Row] = []
    public var figures: [Row] = []
    public var reviews: [Row] = []
    public var snapshots: [Row] = []
    public var decisions: [Row] = []
    public var followUps: [Row] = []

    public init() {}

    /// How many rows in all.
    public var count: Int {
        [
            contracts, departements, communes, signatories, axes, actions, actionQPV, lines, indicators, figures,
            reviews, snapshots, decisions, followUps,
        ].reduce(0) { $0 + $1.count }
    }
}

/// Writes generated contracts with multi-row inserts, in the caller's transaction, parents before children.
public enum ContractSeedWriter {
    static var tables: [(table: String, columns: [String], rows: KeyPath<ContractSeedRows, [ContractSeedRows.Row]>)] {
        [
            (
                "territorial_contracts",
                [
                    "id", "kind", "title", "status", "departement_code", "region_code", "prefecture_organisation_id",
                    "prefect", "starts_on", "ends_on", "signed_on", "started_on", "ended_on", "analysis", "account_id",
                    "created_at", "updated_at",
                ],
                \.contracts
            ),
            ("contract_departements", ["contract_id", "departement_code"], \.departements),
            ("contract_communes", ["contract_id", "commune_code"], \.communes),
            (
                "contract_signatories",
                [
                    "id", "contract_id", "position", "kind", "authority_kind", "name", "siren", "signer",
                    "organisation_id", "created_at",
                ],
                \.signatories
            ),
            ("contract_axes", ["id", "contract_id", "position", "domain", "title", "created_at"], \.axes),
            (
                "contract_actions",
                [
                    "id", "contract_id", "axis_id", "position", "title", "lead_organisation_id", "lead_name",
                    "partners",
                    "audience", "starts_on", "ends_on", "account_id", "created_at",
                ],
                \.actions
            ),
            ("contract_action_qpv", ["action_id", "qpv_code", "contract_id"], \.actionQPV),
            (
                "contract_funding_lines",
                [
                    "id", "action_id", "contract_id", "source", "from_year", "to_year", "annual_cents", "grant_id",
                    "account_id", "created_at",
                ],
                \.lines
            ),
            (
                "contract_indicators", ["id", "action_id", "contract_id", "position", "label", "unit", "created_at"],
                \.indicators
            ),
            (
                "contract_indicator_figures",
                ["indicator_id", "year", "target", "result", "target_account_id", "result_account_id", "updated_at"],
                \.figures
            ),
            (
                "contract_reviews",
                ["id", "contract_id", "held_on", "participants", "summary", "account_id", "created_at"],
                \.reviews
            ),
            (
                "contract_snapshots",
                ["id", "contract_id", "occasion", "review_id", "taken_on", "figures", "analysis", "created_at"],
                \.snapshots
            ),
            (
                "contract_decisions",
                [
                    "id", "contract_id", "review_id", "position", "text", "owner", "due_on", "status", "created_at",
                    "updated_at",
                ],
                \.decisions
            ),
            (
                "contract_decision_followups",
                ["id", "decision_id", "review_id", "status", "note", "account_id", "created_at"],
                \.followUps
            ),
        ]
    }

    /// Inserts every row.
    public static func write(_ rows: ContractSeedRows, in sql: any SQLDatabase) async throws {
        for table in tables {
            let values = rows[keyPath: table.rows]
            guard !values.isEmpty else { continue }
            try await BatchInsert.run(
                sql,
                table: table.table,
                columns: table.columns,
                rows: values,
                batchSize: max(1, 30_000 / table.columns.count / 2)
            ) { row in row.map(\.bound) }
        }
    }

    /// Refreshes the planner's statistics of the contracts' tables after a bulk load.
    public static func analyze(in sql: any SQLDatabase) async throws {
        for table in tables.map(\.table) + ["households"] {
            try await sql.raw("ANALYZE \(unsafeRaw: table)").run()
        }
    }
}

extension BatchValue {
    /// The value as `BatchInsert` binds it.
    var bound: BatchInsert.Value {
        switch self {
        case .text(let text): text
        case .integer(let number): number
        case .boolean(let flag): flag
        case .null: nil
        }
    }
}
