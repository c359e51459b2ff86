/// Support milestones (rights opened, housing moves, work and training) and transfers between operators.
let m014MilestonesAndTransfers = Migration(
    14,
    "milestones_transfers",
    statements: [
        """
        CREATE TABLE milestones (
            id TEXT PRIMARY KEY, household_id TEXT NOT NULL REFERENCES households(id),
            person_id TEXT REFERENCES persons(id), occurred_on TEXT NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL,
            account_id TEXT NOT NULL REFERENCES accounts(id), created_at TEXT NOT NULL)
        """,
        "CREATE INDEX milestones_household ON milestones (household_id, occurred_on)",
        """
        CREATE TABLE household_transfers (
            id TEXT PRIMARY KEY, household_id TEXT NOT NULL REFERENCES households(id), transferred_on TEXT NOT NULL,
            from_organisation_id TEXT NOT NULL REFERENCES organisations(id),
            to_organisation_id TEXT NOT NULL REFERENCES organisations(id), from_departement TEXT NOT NULL,
            to_departement TEXT NOT NULL, reason TEXT NOT NULL, account_id TEXT NOT NULL REFERENCES accounts(id),
            created_at TEXT NOT NULL)
        """,
        "CREATE INDEX household_transfers_household ON household_transfers (household_id, transferred_on)",
    ]
)
