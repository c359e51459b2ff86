import SQLKit

/// What the caseload list filters and sorts on, kept on the household so that the list is one indexed query at
/// national scale: the referral date, the reference person's names folded for search and sorting, and the
/// commitment-contract deadline (one month after the CIR, clamped to the end of a shorter month, as the rule says).
let m016HouseholdListColumns = Migration(16, "household_list_columns") { sql, _ in
    for statement in [
        "ALTER TABLE households ADD COLUMN reference_name_search TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE households ADD COLUMN contract_due_on TEXT",
        "ALTER TABLE households ADD COLUMN referral_date TEXT",
        "UPDATE households SET referral_date = (SELECT r.referral_date FROM referrals r WHERE r.household_id = households.id)",
        "CREATE INDEX households_operator_stage ON households (operator_organisation_id, stage)",
        "CREATE INDEX households_operator_referral ON households (operator_organisation_id, referral_date)",
        "CREATE INDEX households_operator_name ON households (operator_organisation_id, reference_name_search)",
        "CREATE INDEX households_caseworker_referral ON households (caseworker_account_id, referral_date)",
    ] {
        try await sql.raw("\(unsafeRaw: statement)").run()
    }
    // The folding and the deadline (one month after the CIR) are computed in Swift, so existing households are
    // filled in from Swift, one by one, with the frozen copies of both.
    let rows = try await sql.raw(
        "SELECT household_id, document_names, cir_signed_on FROM persons WHERE is_reference = \(bind: true)"
    ).all()
    for row in rows {
        let due = try row.decode(column: "cir_signed_on", as: String?.self).flatMap(FrozenDay.oneMonthAfter)
        try await sql.raw(
            """
            UPDATE households SET
                reference_name_search = \(bind: FrozenText.fold(try row.decode(column: "document_names", as: String.self))),
                contract_due_on = \(bind: due)
            WHERE id = \(bind: try row.decode(column: "household_id", as: String.self))
            """
        ).run()
    }
}
