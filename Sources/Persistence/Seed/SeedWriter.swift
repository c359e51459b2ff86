import SQLKit

/// Writes generated rows into the application's tables with multi-row inserts, in the caller's transaction.
public enum SeedWriter {
    /// The columns of each table, in the order `SeedRows` lists values.
    static var tables: [(table: String, columns: [String], rows: KeyPath<SeedRows, [SeedRows.Row]>)] {
        [
            (
                "organisations", ["id", "name", "kind", "siret", "rna", "departement_codes", "active", "created_at"],
                \.organisations
            ),
            (
                "accounts",
                [
                    "id", "organisation_id", "email", "display_name", "role", "scope", "password_hash", "active",
                    "created_at",
                ],
                \.accounts
            ),
            (
                "households",
                [
                    "id", "departement_code", "commune_code", "operator_organisation_id", "caseworker_account_id",
                    "stage",
                    "created_at", "last_contact_on", "welcome_interview_on", "contract_signed_on",
                    "reference_name_search",
                    "contract_due_on", "referral_date", "exit_on", "welcome_delay_days",
                ],
                \.households
            ),
            (
                "persons",
                [
                    "id", "household_id", "is_reference", "document_names", "usual_names", "birth_year", "birth_month",
                    "birth_day", "sex", "nationality", "protection", "protection_authority", "protection_date",
                    "cir_signed_on", "agdref", "joining_relative", "relation", "arrived_on", "created_at",
                    "france_travail_on",
                ],
                \.persons
            ),
            ("person_name_keys", ["person_id", "name_key", "departement_code"], \.nameKeys),
            (
                "referrals",
                [
                    "id", "household_id", "referring_organisation_id", "referring_account_id",
                    "operator_organisation_id",
                    "referral_date", "prefect_exception", "eligible", "eligibility_basis", "eligibility", "status",
                    "decision_reason", "decided_by", "decided_at", "created_at",
                ],
                \.referrals
            ),
            (
                "diagnoses", ["household_id", "domain", "situation", "need", "note", "account_id", "updated_at"],
                \.diagnoses
            ),
            (
                "milestones",
                ["id", "household_id", "person_id", "occurred_on", "kind", "value", "account_id", "created_at"],
                \.milestones
            ),
            (
                "contacts",
                [
                    "id", "household_id", "contact_on", "mode", "minutes", "attendees", "note", "account_id",
                    "created_at",
                ],
                \.contacts
            ),
            (
                "plan_goals", ["id", "household_id", "domain", "person_id", "title", "account_id", "created_at"],
                \.goals
            ),
            (
                "plan_actions",
                [
                    "id", "goal_id", "household_id", "description", "actor", "partner_organisation_id", "due_on",
                    "status",
                    "outcome", "updated_at",
                ],
                \.actions
            ),
            (
                "exits",
                ["household_id", "exit_on", "reason", "housing", "activity", "positive", "account_id", "created_at"],
                \.exits
            ),
            (
                "appointments", ["id", "household_id", "account_id", "starts_at", "minutes", "place", "created_at"],
                \.appointments
            ),
            (
                "cir_records",
                [
                    "person_id", "signed_on", "ofii_direction", "civic_session_1", "civic_session_2",
                    "civic_session_3", "civic_session_4", "positioning_level", "language_hours",
                    "training_finished_on", "final_level", "end_interview_on", "employment_orientation_on",
                    "account_id", "updated_at",
                ],
                \.cirRecords
            ),
            (
                "language_assessments",
                [
                    "id", "person_id", "assessed_on", "assessor", "oral_comprehension", "written_comprehension",
                    "oral_expression", "written_expression", "account_id", "created_at",
                ],
                \.assessments
            ),
            (
                "language_proofs",
                [
                    "id", "person_id", "kind", "proof_kind", "obtained_on", "reference", "oral_comprehension",
                    "written_comprehension", "oral_expression", "written_expression", "account_id", "created_at",
                ],
                \.proofs
            ),
            (
                "civic_exams",
                ["id", "person_id", "version", "taken_on", "score", "centre", "fraud", "account_id", "created_at"],
                \.civicExams
            ),
            (
                "courses",
                [
                    "id", "organisation_id", "departement_code", "title", "target_level", "hours", "slot", "schedule",
                    "commune_code", "qpv_code", "seats", "starts_on", "ends_on", "job_oriented", "account_id",
                    "created_at",
                ],
                \.courses
            ),
            (
                "course_enrolments",
                [
                    "id", "course_id", "person_id", "status", "requested_on", "attended_hours", "result_level",
                    "account_id", "created_at", "updated_at",
                ],
                \.enrolments
            ),
        ]
    }

    /// Inserts every row, parents before children.
    public static func write(_ rows: SeedRows, in sql: any SQLDatabase) async throws {
        for table in tables {
            try await insert(table.table, columns: table.columns, rows: rows[keyPath: table.rows], in: sql)
        }
    }

    /// Inserts generated rows into one table with multi-row statements.
    public static func insert(
        _ table: String,
        columns: [String],
        rows values: [[BatchValue]],
        in sql: any SQLDatabase
    ) async throws {
        guard !values.isEmpty else { return }
        // SQLite binds at most 32 766 parameters per statement; stay well under it on both databases.
        let batch = max(1, 30_000 / columns.count / 2)
        try await BatchInsert.run(sql, table: table, columns: columns, rows: values, batchSize: batch) { row in
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
