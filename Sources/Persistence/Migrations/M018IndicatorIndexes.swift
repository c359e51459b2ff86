/// Indexes for the live indicators: households by the dates each indicator selects on, exits by date.
let m018IndicatorIndexes = Migration(
    18,
    "indicator_indexes",
    statements: [
        "CREATE INDEX households_referral_date ON households (referral_date)",
        "CREATE INDEX households_welcome ON households (welcome_interview_on)",
        "CREATE INDEX households_contract_signed ON households (contract_signed_on)",
        "CREATE INDEX exits_date ON exits (exit_on)",
    ]
)
