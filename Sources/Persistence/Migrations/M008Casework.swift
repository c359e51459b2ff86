/// The AGIR support itself: welcome interview and commitment contract, contacts, and exit.
let m008Casework = Migration(
    8,
    "support_contacts_exits",
    statements: [
        "ALTER TABLE households ADD COLUMN welcome_interview_on TEXT",
        "ALTER TABLE households ADD COLUMN contract_signed_on TEXT",
        """
        CREATE TABLE contacts (
            id TEXT PRIMARY KEY, household_id TEXT NOT NULL REFERENCES households(id), contact_on TEXT NOT NULL,
            mode TEXT NOT NULL, minutes INTEGER NOT NULL, attendees TEXT NOT NULL, note TEXT NOT NULL,
            account_id TEXT NOT NULL REFERENCES accounts(id), created_at TEXT NOT NULL)
        """,
        "CREATE INDEX contacts_household ON contacts (household_id, contact_on)",
        """
        CREATE TABLE exits (
            household_id TEXT PRIMARY KEY REFERENCES households(id), exit_on TEXT NOT NULL, reason TEXT NOT NULL,
            housing TEXT NOT NULL, activity TEXT NOT NULL, positive BOOLEAN NOT NULL,
            account_id TEXT NOT NULL REFERENCES accounts(id), created_at TEXT NOT NULL)
        """,
    ]
)
