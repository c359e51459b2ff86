import SQLKit

/// A département's dashboard reads only its own households (indexes led by the département), and the median
/// welcome delay is counted in SQL from the delay kept on each household when its welcome interview is recorded.
let m020DepartementIndicators = Migration(20, "departement_indicators") { sql, _ in
    for statement in [
        "CREATE INDEX households_departement_referral ON households (departement_code, referral_date)",
        """
        CREATE INDEX households_departement_support
        ON households (departement_code, welcome_interview_on, exit_on, operator_organisation_id)
        """,
        "CREATE INDEX households_departement_contract ON households (departement_code, contract_signed_on)",
        "ALTER TABLE households ADD COLUMN welcome_delay_days INTEGER",
    ] {
        try await sql.raw("\(unsafeRaw: statement)").run()
    }
    // Days between two dates are counted in Swift, the same way on both engines.
    for row in try await sql.raw(
        "SELECT id, referral_date, welcome_interview_on FROM households WHERE welcome_interview_on IS NOT NULL"
    ).all() {
        guard let referral = FrozenDay.days(try row.decode(column: "referral_date", as: String?.self) ?? ""),
            let welcome = FrozenDay.days(try row.decode(column: "welcome_interview_on", as: String.self))
        else { continue }
        try await sql.raw(
            """
            UPDATE households SET welcome_delay_days = \(bind: welcome - referral)
            WHERE id = \(bind: try row.decode(column: "id", as: String.self))
            """
        ).run()
    }
}
