/// The priority neighbourhood (QPV) a household lives in, when it lives in one, and the indexes that find the
/// households of a commune or a QPV (the contracts' diagnosis and the QPV pages read them).
let m051HouseholdResidence = Migration(
    51,
    "household_residence_qpv",
    statements: [
        "ALTER TABLE households ADD COLUMN qpv_code TEXT REFERENCES qpv(code)",
        "CREATE INDEX households_qpv ON households (qpv_code, welcome_interview_on) WHERE qpv_code IS NOT NULL",
        "CREATE INDEX households_commune ON households (commune_code, welcome_interview_on, exit_on)",
    ]
)
