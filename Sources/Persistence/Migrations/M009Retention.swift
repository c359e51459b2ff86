/// Marks households whose personal data were anonymised after the retention period.
let m009Retention = Migration(
    9,
    "retention",
    statements: [
        "ALTER TABLE households ADD COLUMN anonymised_on TEXT",
        "CREATE INDEX households_last_contact ON households (last_contact_on)",
    ]
)
