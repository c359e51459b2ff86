/// Caseworkers' appointments with households, and the secret of each account's calendar feed.
let m013Appointments = Migration(
    13,
    "appointments",
    statements: [
        """
        CREATE TABLE appointments (
            id TEXT PRIMARY KEY, household_id TEXT NOT NULL REFERENCES households(id),
            account_id TEXT NOT NULL REFERENCES accounts(id), starts_at TEXT NOT NULL, minutes INTEGER NOT NULL,
            place TEXT NOT NULL, created_at TEXT NOT NULL)
        """,
        "CREATE INDEX appointments_account ON appointments (account_id, starts_at)",
        "CREATE INDEX appointments_household ON appointments (household_id, starts_at)",
        "ALTER TABLE accounts ADD COLUMN calendar_token_hash TEXT",
    ]
)
